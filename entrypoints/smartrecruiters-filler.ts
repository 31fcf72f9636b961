import { smartrecruiters } from '@/utils/ats/smartrecruiters';
import { fillerScript } from '@/utils/content/filler';

export default fillerScript(smartrecruiters);
