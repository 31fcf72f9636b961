import { ashby } from '@/utils/ats/ashby';
import { fillerScript } from '@/utils/content/filler';

export default fillerScript(ashby);
