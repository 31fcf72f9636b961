import { ATS_MATCHES } from '@/utils/ats/registry';
import { startContentScript } from '@/utils/content/main';

export default defineContentScript({
  matches: [...ATS_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx),
});
