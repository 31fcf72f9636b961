import { greenhouseSite } from '@/utils/ats/greenhouse/site';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(greenhouseSite);
