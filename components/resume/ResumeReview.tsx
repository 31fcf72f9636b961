import { useState } from 'preact/hooks';
import type { LinkField, PersonalField, Proposal } from '@/utils/resume/merge';
import { EducationReview, WorkReview } from './EntriesReview';
import { FieldsReview } from './FieldsReview';
import { AcceptBox, DropButton, DroppedPart, StatusBadge, focusSoon } from './parts';
import { LINK_LABELS, PERSONAL_LABELS, acceptedCounts, initialReview, validateReview, type PartState, type ReviewErrors, type ReviewState } from './review';

/** The uploaded file, when it can become the stored resume. */
export interface ReviewDocument {
  name: string;
  /** The name of the resume stored now, which storing this one replaces. */
  replaces: string | undefined;
  /** Whether "use this file" starts ticked. */
  suggested: boolean;
}

interface ResumeReviewProps {
  /** Where the text came from, as the user knows it: the file's name, or "the pasted text". */
  source: string;
  proposal: Proposal;
  document: ReviewDocument | undefined;
  saving: boolean;
  /** Why the last save did not happen; shown next to the Save button. */
  saveError: string;
  onSave(review: ReviewState, storeDocument: boolean): void;
  onDiscard(): void;
}

function SkillsReview({ proposal, state, onChange }: { proposal: Proposal['skills']; state: PartState<string>; onChange(state: PartState<string>): void }) {
  if (proposal.found.length === 0) return null;
  const id = 'review-skills';
  const name = 'Skills';
  const now = proposal.current.length ? proposal.current.join(', ') : 'none yet';
  let body;
  if (proposal.added.length === 0) {
    body = <p class="muted">All {proposal.found.length} skills found are already in your profile.</p>;
  } else if (state.dropped) {
    body = <DroppedPart id={id} name={name} onRestore={() => onChange({ ...state, dropped: false })} />;
  } else {
    body = (
      <>
        <div class="row spread">
          <AcceptBox id={id} label="Import skills" state={state} onChange={(accept) => onChange({ ...state, accept })} />
          <DropButton id={id} name={name} onDrop={() => onChange({ ...state, dropped: true })} />
        </div>
        <div class="field">
          <label for={id}>Skills to add, one per line</label>
          <span id={`${id}-hint`} class="field-hint">
            Only skills your profile does not list yet. Your profile lists: {now}.
          </span>
          <textarea id={id} rows={5} value={state.value} aria-describedby={`${id}-hint`} onInput={(event) => onChange({ ...state, value: event.currentTarget.value })} />
        </div>
      </>
    );
  }
  return (
    <section class="review-group" aria-labelledby={`${id}-title`}>
      <div class="list-item-header">
        <h3 id={`${id}-title`}>Skills</h3>
        <StatusBadge status={proposal.status} text={proposal.status === 'different' ? 'Adds to your skills' : undefined} />
      </div>
      {body}
    </section>
  );
}

function saveLabel(review: ReviewState): string {
  const counts = acceptedCounts(review);
  const parts = [
    counts.fields ? `${counts.fields} field${counts.fields === 1 ? '' : 's'}` : '',
    counts.work ? `${counts.work} job${counts.work === 1 ? '' : 's'}` : '',
    counts.education ? `${counts.education} school${counts.education === 1 ? '' : 's'}` : '',
    counts.skills ? `${counts.skills} skill${counts.skills === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length ? `Ticked: ${parts.join(', ')}.` : 'Nothing is ticked.';
}

/**
 * What was found in a resume, section by section next to the profile, for the user to accept,
 * edit or drop part by part. Nothing is written until Save; only ticked parts are.
 */
export function ResumeReview({ source, proposal, document, saving, saveError, onSave, onDiscard }: ResumeReviewProps) {
  const [review, setReview] = useState<ReviewState>(() => initialReview(proposal));
  const [errors, setErrors] = useState<ReviewErrors>({});
  const [storeDocument, setStoreDocument] = useState(document?.suggested ?? false);

  const save = () => {
    const found = validateReview(review);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      focusSoon(`review-${first.replace(/\./g, '-')}`);
      return;
    }
    onSave(review, storeDocument);
  };

  const problems = Object.keys(errors).length;

  return (
    <section class="resume-review" aria-labelledby="resume-review-title">
      <h3 id="resume-review-title" tabIndex={-1}>
        Review what was found in {source}
      </h3>
      <p class="muted">
        Nothing is saved until you press Save to profile, and only the ticked parts are. Edit a value before saving if it was read wrong. Parts that
        would change what your profile already says start unticked.
      </p>
      {proposal.warnings.length ? (
        <div class="notice">
          <p>Some things could not be read:</p>
          <ul>
            {proposal.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <FieldsReview<PersonalField>
        group="personal"
        title="Personal details"
        labels={PERSONAL_LABELS}
        proposals={proposal.personal}
        states={review.personal}
        errors={errors}
        onChange={(field, state) => setReview({ ...review, personal: { ...review.personal, [field]: state } })}
      />
      <FieldsReview<LinkField>
        group="links"
        title="Links"
        labels={LINK_LABELS}
        proposals={proposal.links}
        states={review.links}
        errors={errors}
        onChange={(field, state) => setReview({ ...review, links: { ...review.links, [field]: state } })}
      />
      <WorkReview
        proposals={proposal.work}
        states={review.work}
        errors={errors}
        onChange={(index, state) => setReview({ ...review, work: review.work.map((old, i) => (i === index ? state : old)) })}
      />
      <EducationReview
        proposals={proposal.education}
        states={review.education}
        errors={errors}
        onChange={(index, state) => setReview({ ...review, education: review.education.map((old, i) => (i === index ? state : old)) })}
      />
      <SkillsReview proposal={proposal.skills} state={review.skills} onChange={(skills) => setReview({ ...review, skills })} />
      <div class="review-actions">
        {document ? (
          <div class="field">
            <label class="checkbox">
              <input type="checkbox" id="review-store-document" checked={storeDocument} aria-describedby="review-store-document-hint" onChange={(event) => setStoreDocument(event.currentTarget.checked)} />
              Use this file as my stored resume
            </label>
            <span id="review-store-document-hint" class="field-hint">
              {document.replaces
                ? `${document.name} would replace ${document.replaces}, the resume attached to upload fields now.`
                : `${document.name} will be attached to resume upload fields.`}
            </span>
          </div>
        ) : null}
        {problems ? (
          <p class="field-error" role="alert">
            {problems === 1 ? 'One ticked value needs' : `${problems} ticked values need`} correcting before saving; they are marked above.
          </p>
        ) : null}
        {saveError ? (
          <div class="notice error" role="alert">
            {saveError}
          </div>
        ) : null}
        <p class="muted">{saveLabel(review)}</p>
        {saving ? (
          <p id="review-saving" class="muted">
            Saving…
          </p>
        ) : null}
        <div class="row">
          {/* Not disabled while saving: a disabled button drops the keyboard focus. */}
          <button type="button" class="primary" aria-describedby={saving ? 'review-saving' : undefined} onClick={() => {
              if (!saving) save();
            }}>
            Save to profile
          </button>
          <button type="button" onClick={() => {
              if (!saving) onDiscard();
            }}>
            Discard
          </button>
        </div>
      </div>
    </section>
  );
}
