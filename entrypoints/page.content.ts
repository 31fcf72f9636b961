import { generic } from '@/utils/ats/generic';
import { startContentScript } from '@/utils/content/main';

/**
 * The generic engine alone, never in the manifest: the popup or the shortcut injects it into the
 * tab the user is on (activeTab), on sites no ATS module knows. It shows no button there.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => startContentScript(ctx, generic),
});
