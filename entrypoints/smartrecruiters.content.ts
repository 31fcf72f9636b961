import { smartrecruitersSite } from '@/utils/ats/smartrecruiters/site';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(smartrecruitersSite);
