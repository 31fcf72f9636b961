import { ashby } from '@/utils/ats/ashby';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(ashby);
