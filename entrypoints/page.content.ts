import { genericSite } from '@/utils/ats/generic';
import { startLauncher } from '@/utils/content/launcher';

/**
 * The generic engine's content script, never in the manifest: the popup or the shortcut injects it
 * into the tab the user is on (activeTab), on sites no ATS module knows. It shows no button there.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => startLauncher(ctx, genericSite),
});
