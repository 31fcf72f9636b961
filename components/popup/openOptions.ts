import { browser } from 'wxt/browser';

/** Opens the full editor, at one of its sections when given ("import"), and closes the popup. */
export async function openOptions(section?: string): Promise<void> {
  if (section) await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
  else await browser.runtime.openOptionsPage();
  window.close();
}
