import { workableSite } from '@/utils/ats/workable/site';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(workableSite);
