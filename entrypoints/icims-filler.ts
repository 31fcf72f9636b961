import { icims } from '@/utils/ats/icims';
import { fillerScript } from '@/utils/content/filler';

export default fillerScript(icims);
