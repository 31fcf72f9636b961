import type { SaveState } from './useProfileDraft';

const TEXT: Readonly<Record<SaveState, string>> = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  invalid: 'Marked fields are not saved until corrected',
  failed: 'Could not save: your edits are still here; try again',
};

/**
 * Announced politely, so typing is not interrupted by each save. A live region rather than
 * role=status: the popup's one status is the fill report.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <div class="row">
      <p aria-live="polite" class={`save-status ${state}`}>
        {TEXT[state]}
      </p>
      {state === 'invalid' ? (
        <button type="button" class="link-button" onClick={() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()}>
          Go to the first problem
        </button>
      ) : null}
    </div>
  );
}
