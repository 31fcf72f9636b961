import { workable } from '@/utils/ats/workable';
import { fillerScript } from '@/utils/content/filler';

export default fillerScript(workable);
