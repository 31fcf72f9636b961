import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { Section } from './Section';

const ID = 'sites';

/** undefined while loading; null when the background could not give the list. */
type Hosts = string[] | null | undefined;

async function hiddenHosts(): Promise<string[] | null> {
  const hosts = await browser.runtime.sendMessage({ type: 'site:hidden-list' }).catch(() => undefined);
  return Array.isArray(hosts) ? hosts.map(String).sort() : null;
}

const showButtonId = (host: string) => `${ID}-show-${host}`;

/**
 * The in-page button's "Hide Applyfill on this site" is undone here, the one place that lists the
 * sites it was hidden on: on the site itself there is no button left to undo it with.
 */
export function HiddenSitesSection() {
  const [hosts, setHosts] = useState<Hosts>(undefined);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const load = () => void hiddenHosts().then(setHosts);
    load();
    // A site hidden in another tab while this page stays open shows up on returning to it.
    const onVisible = () => {
      if (document.visibilityState === 'visible') load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const show = async (host: string, index: number) => {
    await browser.runtime.sendMessage({ type: 'site:show', host });
    const remaining = await hiddenHosts();
    setHosts(remaining);
    setMessage(`The Autofill button shows again on ${host}.`);
    // The pressed button is gone: the keyboard user goes on to the next site, or back to the heading.
    const next = remaining?.[Math.min(index, remaining.length - 1)];
    requestAnimationFrame(() => document.getElementById(next ? showButtonId(next) : `${ID}-title`)?.focus());
  };

  return (
    <Section
      id={ID}
      title="Sites where the Autofill button is hidden"
      intro="The toolbar button and the keyboard shortcut still fill these sites; only the button on the page is left out."
    >
      {hosts === undefined ? <p class="muted">Loading…</p> : null}
      {hosts === null ? (
        <p class="notice error" role="alert">
          The list of hidden sites could not be read. Reload this page to try again.
        </p>
      ) : null}
      {hosts?.length === 0 ? <p>None: the Autofill button shows on every site with an application form.</p> : null}
      {hosts?.length ? (
        <ul class="hidden-sites">
          {hosts.map((host, index) => (
            <li key={host}>
              <span class="host">{host}</span>
              <button type="button" id={showButtonId(host)} aria-label={`Show the button on ${host}`} onClick={() => void show(host, index)}>
                Show the button
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" class="sites-status">
        {message}
      </p>
    </Section>
  );
}
