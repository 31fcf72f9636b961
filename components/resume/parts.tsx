import type { ComponentChildren } from 'preact';
import type { ChangeStatus } from '@/utils/resume/merge';
import type { PartState } from './review';

/** After Drop or Restore the button pressed is gone: the keyboard user lands on what replaced it. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function Empty() {
  return <span class="muted">(empty)</span>;
}

/** A dropped part stays in the review as one line, so that dropping is never a dead end. */
export function DroppedPart({ id, name, onRestore }: { id: string; name: string; onRestore(): void }) {
  return (
    <div class="review-dropped">
      <span>
        <strong>{name}</strong> <span class="muted">dropped: it will not be imported.</span>
      </span>
      <button
        type="button"
        id={`${id}-restore`}
        aria-label={`Restore ${name}`}
        onClick={() => {
          onRestore();
          focusSoon(`${id}-accept`);
        }}
      >
        Restore
      </button>
    </div>
  );
}

export function DropButton({ id, name, onDrop }: { id: string; name: string; onDrop(): void }) {
  return (
    <button
      type="button"
      class="danger"
      id={`${id}-drop`}
      aria-label={`Drop ${name}`}
      onClick={() => {
        onDrop();
        focusSoon(`${id}-restore`);
      }}
    >
      Drop
    </button>
  );
}

/** Tick to import; the label reads "Import First name", "Import this job". */
export function AcceptBox({ id, label, state, onChange }: { id: string; label: ComponentChildren; state: PartState<unknown>; onChange(accept: boolean): void }) {
  return (
    <label class="checkbox review-accept">
      <input type="checkbox" id={`${id}-accept`} checked={state.accept} onChange={(event) => onChange(event.currentTarget.checked)} />
      {label}
    </label>
  );
}

const STATUS_TEXT: Readonly<Record<ChangeStatus, string>> = {
  new: 'New',
  same: 'Already in your profile',
  different: 'Differs from your profile',
};

/** What the parser doubts about a value, so the user checks it before saving. */
export function UnsureNote({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} class="review-unsure">
      <span class="review-unsure-mark">Check:</span> {text}
    </p>
  );
}

export function StatusBadge({ status, text }: { status: ChangeStatus; text?: string }) {
  return <span class={`review-badge ${status}`}>{text ?? STATUS_TEXT[status]}</span>;
}

interface InputProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string | undefined;
  /** Extra ids that describe the input, e.g. a "company missing" note. */
  describedBy?: string;
  /** Why the value read from the resume may be wrong; shown under the input and read with it. */
  unsure?: string | undefined;
  multiline?: boolean;
  hiddenLabel?: boolean;
  class?: string;
  onInput(value: string): void;
}

/** A text input of the review, labelled, with its hint and error tied to it. */
export function ReviewInput({ id, label, value, error, hint, describedBy, unsure, multiline, hiddenLabel, class: className, onInput }: InputProps) {
  const described = [describedBy, hint ? `${id}-hint` : '', unsure ? `${id}-unsure` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    autoComplete: 'off',
    'aria-describedby': described || undefined,
    'aria-invalid': error ? (true as const) : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id} class={hiddenLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      ) : null}
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      {unsure ? <UnsureNote id={`${id}-unsure`} text={unsure} /> : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
