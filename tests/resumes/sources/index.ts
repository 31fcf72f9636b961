import { EUROPE } from './europe';
import { LINKEDIN } from './linkedin';
import type { CorpusResume } from './model';
import { SHAPES } from './shapes';
import { US } from './us';

/** Every generated resume of the corpus; tests/resumes also holds hand-written text resumes beside them. */
export const CORPUS: readonly CorpusResume[] = [...US, ...EUROPE, ...LINKEDIN, ...SHAPES];
