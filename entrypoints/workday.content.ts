import { workday } from '@/utils/ats/workday';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(workday);
