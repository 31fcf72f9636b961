import { handleBackgroundRequest } from '@/utils/background/handlers';
import { servePorts } from '@/utils/background/ports';
import { autofillTab } from '@/utils/background/tabs';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundRequest(message, sender));
  servePorts(handleBackgroundRequest);

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'autofill') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await autofillTab(tabId);
  });
});
