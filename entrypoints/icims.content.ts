import { icims } from '@/utils/ats/icims';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(icims);
