import { greenhouse } from '@/utils/ats/greenhouse';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(greenhouse);
