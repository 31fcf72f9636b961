import { useRef, useState } from 'preact/hooks';
import { store } from '@/components/shared/store';
import { isResumeDocument, readResumeFile } from '@/components/resume/read';
import { acceptedCounts, stillEmpty, toDecisions, type ReviewState } from '@/components/resume/review';
import { ResumeReview, type ReviewDocument } from '@/components/resume/ResumeReview';
import { ResumeSource } from '@/components/resume/ResumeSource';
import { focusSoon } from '@/components/resume/parts';
import '@/components/resume/resume.css';
import { validateDocument } from '@/utils/profile/documents';
import { ProfileValidationError, describeFieldError, toFieldErrors, userMessages } from '@/utils/profile/errors';
import { ProfileSchema, type Profile } from '@/utils/profile/schema';
import { readPastedText, type ExtractResult } from '@/utils/resume/extract';
import { applyAccepted, proposeChanges, type Proposal } from '@/utils/resume/merge';
import type { ParsedResume } from '@/utils/resume/parse';
import { readResume } from '@/utils/resume/readResume';

interface ResumeImportProps {
  /** Saves the editor's pending edits, so the review compares with them and saving cannot be undone by them. */
  flush(): Promise<void>;
  /** Called after the import was saved, so the editor shows the new profile. */
  onSaved(): Promise<void>;
}

/** One resume read and waiting for the user's review. */
interface Pending {
  /** Tells a new review from the one before, so its ticks and edits start over. */
  key: number;
  source: string;
  parsed: ParsedResume;
  /** The profile the proposal was made against; saving over a different one asks the user again. */
  base: Profile;
  proposal: Proposal;
  file: File | undefined;
  document: ReviewDocument | undefined;
}

function foundNothing(parsed: ParsedResume): boolean {
  return (
    Object.keys(parsed.personal).length === 0 &&
    Object.keys(parsed.links).length === 0 &&
    parsed.work.length === 0 &&
    parsed.education.length === 0 &&
    parsed.skills.length === 0
  );
}

function errorMessage(error: unknown): string {
  return error instanceof ProfileValidationError ? error.errors.map(describeFieldError).join('; ') : (error as Error).message;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Still empty in your profile: phone and LinkedIn.", or '' when nothing forms usually ask for is left. */
function emptyMessage(profile: Profile): string {
  const empty = stillEmpty(profile);
  if (empty.length === 0) return '';
  const list = empty.length === 1 ? empty[0]! : `${empty.slice(0, -1).join(', ')} and ${empty[empty.length - 1]!}`;
  return `Still empty in your profile: ${list}.`;
}

function savedMessage(source: string, review: ReviewState, storedFile: string | undefined): string {
  const counts = acceptedCounts(review);
  const parts = [
    counts.fields ? plural(counts.fields, 'field') : '',
    counts.work ? plural(counts.work, 'job') : '',
    counts.education ? plural(counts.education, 'school') : '',
    counts.skills ? plural(counts.skills, 'skill') : '',
    storedFile ? `${storedFile} as your resume` : '',
  ].filter(Boolean);
  return `Saved from ${source}: ${parts.join(', ')}.`;
}

/**
 * Reads a resume (PDF, Word or pasted text) on this device into a review, and saves the parts the
 * user accepted. Bad input only ever produces a message: nothing is written before Save.
 */
export function ResumeImport({ flush, onSaved }: ResumeImportProps) {
  const [reading, setReading] = useState<string | undefined>();
  const [inputError, setInputError] = useState('');
  const [pending, setPending] = useState<Pending | undefined>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  const [message, setMessage] = useState('');
  const [emptyAfterSave, setEmptyAfterSave] = useState('');
  const nextKey = useRef(0);

  const read = async (source: string, file: File | undefined, extract: (signal: AbortSignal) => Promise<ExtractResult>) => {
    setInputError('');
    setMessage('');
    setEmptyAfterSave('');
    setReading(source);
    try {
      const result = await readResume(source, extract);
      if (!result.ok) {
        setInputError(result.error);
        return;
      }
      const { parsed } = result;
      if (foundNothing(parsed)) {
        setInputError(`Nothing in ${source} could be read as a resume: no name, contact details, jobs, schools or skills were found.`);
        return;
      }
      await flush();
      const [base, resume] = await Promise.all([store.getProfile(), store.getDocument('resume')]);
      const document = file && isResumeDocument(file) ? { name: file.name, replaces: resume?.name, suggested: resume === undefined } : undefined;
      setSaveError('');
      setPending({ key: nextKey.current++, source, parsed, base, proposal: proposeChanges(base, parsed), file, document });
      focusSoon('resume-review-title');
    } catch (error) {
      setInputError(`${source} could not be imported: ${errorMessage(error)}`);
    } finally {
      setReading(undefined);
    }
  };

  const save = async (review: ReviewState, storeDocument: boolean) => {
    if (!pending) return;
    setSaveError('');
    setSaving(true);
    try {
      await flush();
      const latest = await store.getProfile();
      if (JSON.stringify(latest) !== JSON.stringify(pending.base)) {
        // Edits made above while reviewing: the "now" column and the pairing of entries are redone
        // against them, the user's ticks and edits kept, and the user looks again before saving.
        setPending({ ...pending, base: latest, proposal: proposeChanges(latest, pending.parsed) });
        setSaveError('Your profile changed while you were reviewing. The review now compares with the changed profile: check it, then save again.');
        return;
      }
      const next = applyAccepted(latest, pending.proposal, toDecisions(review));
      const checked = ProfileSchema.safeParse(next, { error: userMessages });
      if (!checked.success) {
        setSaveError(`Nothing was saved: ${toFieldErrors(checked.error).map(describeFieldError).join('; ')}`);
        return;
      }
      const file = storeDocument ? pending.file : undefined;
      const fileProblem = file ? validateDocument(file) : null;
      if (fileProblem) {
        setSaveError(`Nothing was saved: ${fileProblem}. Untick "Use this file as my stored resume" to save the rest.`);
        return;
      }
      const changed = JSON.stringify(checked.data) !== JSON.stringify(latest);
      if (!changed && !file) {
        setSaveError('Nothing to save: no part is ticked, or the ticked parts are already in your profile.');
        return;
      }
      if (changed) await store.saveProfile(checked.data);
      if (file) await store.putDocument('resume', { name: file.name, type: file.type, blob: file });
      setPending(undefined);
      setMessage(savedMessage(pending.source, review, file?.name));
      setEmptyAfterSave(emptyMessage(checked.data));
      await onSaved();
      focusSoon('resume-import-status');
    } catch (error) {
      setSaveError(`Saving failed: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <h2 id="resume-import-title" tabIndex={-1}>
        Import from your resume
      </h2>
      <p class="muted">
        Fill your profile from a resume: it is read in this browser and never sent anywhere. You review what was found before anything is saved.
      </p>
      <ResumeSource
        busy={reading !== undefined || saving}
        onFile={(file) => void read(file.name, file, (signal) => readResumeFile(file, signal))}
        onPaste={(text) => void read('the pasted text', undefined, async () => readPastedText(text))}
      />
      <p role="status" class="resume-status" id="resume-import-status" tabIndex={-1}>
        {reading ? `Reading ${reading}…` : message}
      </p>
      {emptyAfterSave && !reading ? (
        <p role="status" class="resume-still-empty" id="resume-import-empty">
          {emptyAfterSave}
        </p>
      ) : null}
      {inputError ? (
        <div class="notice error" role="alert">
          <p>{inputError}</p>
          <p>Your profile is unchanged.</p>
        </div>
      ) : null}
      {pending ? (
        <ResumeReview
          key={pending.key}
          source={pending.source}
          proposal={pending.proposal}
          document={pending.document}
          saving={saving}
          saveError={saveError}
          onSave={(review, storeDocument) => void save(review, storeDocument)}
          onDiscard={() => {
            setPending(undefined);
            setSaveError('');
            focusSoon('resume-file');
          }}
        />
      ) : null}
    </>
  );
}
