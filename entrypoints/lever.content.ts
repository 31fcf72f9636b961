import { leverSite } from '@/utils/ats/lever/site';
import { atsContentScript } from '@/utils/content/entry';

export default atsContentScript(leverSite);
