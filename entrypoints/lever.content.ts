import { lever } from '@/utils/ats/lever';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(lever);
