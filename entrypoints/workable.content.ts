import { workable } from '@/utils/ats/workable';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(workable);
