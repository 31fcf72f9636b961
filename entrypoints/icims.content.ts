import { icimsSite } from '@/utils/ats/icims/site';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(icimsSite);
