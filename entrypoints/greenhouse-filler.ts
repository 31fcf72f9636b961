import { greenhouse } from '@/utils/ats/greenhouse';
import { fillerScript } from '@/utils/content/filler';

export default fillerScript(greenhouse);
