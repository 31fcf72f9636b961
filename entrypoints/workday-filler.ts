import { workday } from '@/utils/ats/workday';
import { fillerScript } from '@/utils/content/filler';

export default fillerScript(workday);
