import { ProfileStore } from '@/utils/profile/store';

/** One connection per page: the popup and the options page share the extension's origin, hence the database. */
export const store = new ProfileStore();
