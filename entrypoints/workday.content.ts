import { workdaySite } from '@/utils/ats/workday/site';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(workdaySite);
