import { ashbySite } from '@/utils/ats/ashby/site';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(ashbySite);
