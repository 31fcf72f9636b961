import { smartrecruiters } from '@/utils/ats/smartrecruiters';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(smartrecruiters);
