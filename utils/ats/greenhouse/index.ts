import { greenhouseSite } from './site';
import type { FieldOutcome, FillAction } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import type { FillContext } from '../../dom/fill';
import type { AddedEntry, AtsAdapter } from '../adapter';
import { fillNewBoardDate } from './dates';
import { addEntries, entryCounts, removeEntry, type EntryCounts } from './entries';
import { annotateGreenhouse, classifyGreenhouse } from './fields';
import { chooseSchool, classicSchoolFields } from './schools';
import { attachUpload, classicUploadFields } from './uploads';

export { annotateGreenhouse, classifyGreenhouse } from './fields';

/**
 * Greenhouse, in its three forms: classic boards (boards.greenhouse.io, server-rendered,
 * `job_application[...]` names, every dropdown a select hidden by select2 3, uploads through
 * separate S3 forms), the same form embedded in an iframe on a company's site (boards.greenhouse.io/
 * embed/job_app), and the new React boards (job-boards.greenhouse.io: ids without names,
 * react-select dropdowns, Employment and Education entries added with "Add another").
 */

/**
 * The candidate-facing boards, US and EU. app.greenhouse.io is the recruiters' own app, whose
 * forms are not applications.
 */

async function performGreenhouse(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome | undefined> {
  switch (action.op) {
    case 'date':
      return fillNewBoardDate(handle, action, ctx);
    case 'file':
      return attachUpload(handle, action, ctx.documents);
    case 'choose':
      return chooseSchool(handle, action, ctx);
    default:
      return undefined;
  }
}

export const greenhouse: AtsAdapter<undefined, EntryCounts, AddedEntry[]> = {
  ...greenhouseSite,
  classify: classifyGreenhouse,
  prepare: entryCounts,
  beforeFill: addEntries,
  addedEntries: (added) => added,
  removeEntry,
  extraFields: (root) => [...classicUploadFields(root), ...classicSchoolFields(root)],
  annotate: annotateGreenhouse,
  performs: ['date', 'file', 'choose'],
  perform: performGreenhouse,
};
