import { lever } from '@/utils/ats/lever';
import { fillerScript } from '@/utils/content/filler';

export default fillerScript(lever);
