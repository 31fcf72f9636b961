import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PageActions } from './PageActions';

/**
 * The page's form and the Autofill button paint first; the profile panel, which needs the
 * store and its schema (most of the popup's code), arrives in a second chunk a moment later.
 */
export function Popup() {
  const [Panel, setPanel] = useState<ComponentType | undefined>();
  useEffect(() => {
    void import('./ProfilePanel').then((module) => setPanel(() => module.ProfilePanel));
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Applyfill</h1>
      </header>
      <PageActions />
      {Panel ? <Panel /> : <p class="muted panel-placeholder">Loading your profile…</p>}
    </main>
  );
}
