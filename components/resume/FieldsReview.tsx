import type { FieldProposal } from '@/utils/resume/merge';
import { AcceptBox, DropButton, DroppedPart, Empty, ReviewInput, StatusBadge } from './parts';
import type { PartState, ReviewErrors } from './review';

interface FieldsReviewProps<F extends string> {
  /** "personal" or "links": the prefix of ids and error paths. */
  group: string;
  title: string;
  labels: Readonly<Record<F, string>>;
  proposals: readonly FieldProposal<F>[];
  states: Partial<Record<F, PartState<string>>>;
  errors: ReviewErrors;
  onChange(field: F, state: PartState<string>): void;
}

/** One row per value found: tick, the found value to edit, and what the profile holds now. */
export function FieldsReview<F extends string>({ group, title, labels, proposals, states, errors, onChange }: FieldsReviewProps<F>) {
  if (proposals.length === 0) return null;
  const titleId = `review-${group}-title`;
  return (
    <section class="review-group" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <div class="review-table">
        <div class="review-heads" aria-hidden="true">
          <span class="review-head">Import</span>
          <span class="review-head">From your resume</span>
          <span class="review-head">In your profile now</span>
          <span />
        </div>
        {proposals.map((proposal) => {
          const state = states[proposal.field];
          if (!state) return null;
          const id = `review-${group}-${proposal.field}`;
          const label = labels[proposal.field];
          const update = (patch: Partial<PartState<string>>) => onChange(proposal.field, { ...state, ...patch });
          if (state.dropped) {
            return (
              <DroppedPart key={proposal.field} id={id} name={label} onRestore={() => update({ dropped: false })} />
            );
          }
          return (
            <div key={proposal.field} class="review-row" role="group" aria-label={label}>
              <AcceptBox
                id={id}
                state={state}
                onChange={(accept) => update({ accept })}
                label={
                  <>
                    <span class="visually-hidden">Import </span>
                    {label}
                  </>
                }
              />
              <ReviewInput
                id={id}
                label={`${label} from the resume`}
                hiddenLabel
                multiline={proposal.field === 'summary'}
                value={state.value}
                unsure={state.value === proposal.found ? proposal.unsure : undefined}
                error={errors[`${group}.${proposal.field}`]}
                onInput={(value) => update({ value })}
              />
              <div class="review-now">
                {proposal.current ? <span class="review-current-value">{proposal.current}</span> : <Empty />}
                <StatusBadge
                  status={proposal.status}
                  text={proposal.status === 'different' && state.accept ? 'Will be replaced' : undefined}
                />
              </div>
              <DropButton id={id} name={label} onDrop={() => update({ dropped: true })} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
