import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { getIn, type Draft, type ErrorMap } from './draft';
import type { Conflict } from './merge';

/** The draft being edited, its errors by path, what another window changed under it, and how to change one value. */
export interface FormBinding {
  draft: Draft;
  errors: ErrorMap;
  conflicts: readonly Conflict[];
  set(path: string, value: unknown): void;
}

const FormContext = createContext<FormBinding | undefined>(undefined);

export function FormProvider({ value, children }: { value: FormBinding; children: ComponentChildren }) {
  return <FormContext.Provider value={value}>{children}</FormContext.Provider>;
}

export function useForm(): FormBinding {
  const form = useContext(FormContext);
  if (!form) throw new Error('form controls need a FormProvider');
  return form;
}

/** A DOM id for a draft path, unique in the page since paths are. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

interface Bound {
  id: string;
  value: unknown;
  errors: readonly string[];
  /** The value another window saved while this one had an unsaved edit here. */
  conflict: Conflict | undefined;
  /** Attributes that tie the control to its hint and errors for assistive technology. */
  aria: { 'aria-invalid'?: true; 'aria-describedby'?: string };
  set(value: unknown): void;
}

function useField(path: string, hint?: string): Bound {
  const { draft, errors, conflicts, set } = useForm();
  const id = fieldId(path);
  const own = errors[path] ?? [];
  const conflict = conflicts.find((candidate) => candidate.path === path);
  const describedBy = [hint ? `${id}-hint` : '', own.length ? `${id}-error` : '', conflict ? `${id}-conflict` : ''].filter(Boolean).join(' ');
  return {
    id,
    value: getIn(draft, path),
    errors: own,
    conflict,
    aria: { ...(own.length ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) },
    set: (value) => set(path, value),
  };
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <span id={`${id}-hint`} class="field-hint">
      {hint}
    </span>
  ) : null;
}

function Errors({ id, errors }: { id: string; errors: readonly string[] }) {
  return errors.length ? (
    <p id={`${id}-error`} class="field-error">
      {errors.join('; ')}
    </p>
  ) : null;
}

/**
 * Says that another window saved this field while this one was editing it, and what it saved, so
 * that the user can choose: this window's value is the one kept and saved.
 */
function ConflictNote({ id, conflict, describe }: { id: string; conflict: Conflict | undefined; describe(value: unknown): string }) {
  if (!conflict) return null;
  const shown = describe(conflict.theirs);
  return (
    <p id={`${id}-conflict`} class="field-conflict" aria-live="polite">
      {shown === '' ? 'Cleared in another window' : `Changed in another window to “${shown}”`}; this window’s value is kept.
    </p>
  );
}

const asText = (value: unknown) => String(value ?? '');

function choiceLabel(choices: readonly Choice[]) {
  return (value: unknown) => choices.find((choice) => choice.value === value)?.label ?? asText(value);
}

interface TextFieldProps {
  path: string;
  /** Markup rather than text where the visible label needs words only assistive technology reads. */
  label: ComponentChildren;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  class?: string;
}

export function TextField({ path, label, hint, type = 'text', autoComplete, placeholder, multiline, rows = 4, class: className }: TextFieldProps) {
  const field = useField(path, hint);
  const common = {
    id: field.id,
    value: String(field.value ?? ''),
    placeholder,
    autoComplete: autoComplete ?? 'off',
    onInput: (event: Event) => field.set((event.currentTarget as HTMLInputElement).value),
    ...field.aria,
  };
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={field.id}>{label}</label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} spellcheck={type === 'text'} {...common} />}
      <Hint id={field.id} hint={hint} />
      <Errors id={field.id} errors={field.errors} />
      <ConflictNote id={field.id} conflict={field.conflict} describe={asText} />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({ path, label, hint, choices, class: className }: { path: string; label: string; hint?: string; choices: readonly Choice[]; class?: string }) {
  const field = useField(path, hint);
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={field.id}>{label}</label>
      <select id={field.id} value={String(field.value ?? '')} onChange={(event) => field.set(event.currentTarget.value)} {...field.aria}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <Hint id={field.id} hint={hint} />
      <Errors id={field.id} errors={field.errors} />
      <ConflictNote id={field.id} conflict={field.conflict} describe={choiceLabel(choices)} />
    </div>
  );
}

/** Every choice in view, as the application forms show them. */
export function ChoiceField({ path, label, choices }: { path: string; label: string; choices: readonly Choice[] }) {
  const field = useField(path);
  return (
    <fieldset class="choices" {...(field.aria['aria-describedby'] ? { 'aria-describedby': field.aria['aria-describedby'] } : {})}>
      <legend>{label}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={field.id}
            value={choice.value}
            checked={field.value === choice.value}
            onChange={() => field.set(choice.value)}
          />
          {choice.label}
        </label>
      ))}
      <Errors id={field.id} errors={field.errors} />
      <ConflictNote id={field.id} conflict={field.conflict} describe={choiceLabel(choices)} />
    </fieldset>
  );
}

export function CheckboxField({ path, label }: { path: string; label: string }) {
  const field = useField(path);
  return (
    <div class="field">
      <label class="checkbox">
        <input type="checkbox" id={field.id} checked={field.value === true} onChange={(event) => field.set(event.currentTarget.checked)} {...field.aria} />
        {label}
      </label>
      <Errors id={field.id} errors={field.errors} />
      <ConflictNote id={field.id} conflict={field.conflict} describe={(value) => (value === true ? 'ticked' : 'not ticked')} />
    </div>
  );
}

/** Errors the schema reports on a whole list or object rather than on one field. */
export function GroupErrors({ path }: { path: string }) {
  const { errors } = useForm();
  const own = errors[path] ?? [];
  return own.length ? (
    <p class="field-error" role="alert">
      {own.join('; ')}
    </p>
  ) : null;
}

/** A list that another window changed as a whole (its length or order) while this one was editing it. */
export function GroupConflict({ path }: { path: string }) {
  const { conflicts } = useForm();
  return conflicts.some((conflict) => conflict.path === path) ? (
    <p class="field-conflict" aria-live="polite">
      Changed in another window too; this window’s version of the list is kept.
    </p>
  ) : null;
}

export const YES_NO_CHOICES: readonly Choice[] = [
  { value: '', label: 'Not set' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
