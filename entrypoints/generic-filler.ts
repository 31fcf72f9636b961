import { generic } from '@/utils/ats/generic';
import { fillerScript } from '@/utils/content/filler';

export default fillerScript(generic);
