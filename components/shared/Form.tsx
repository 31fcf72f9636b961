import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { getIn, type Draft, type ErrorMap } from './draft';

/** The draft being edited, its errors by path, and how to change one value. */
export interface FormBinding {
  draft: Draft;
  errors: ErrorMap;
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
  /** Attributes that tie the control to its hint and errors for assistive technology. */
  aria: { 'aria-invalid'?: true; 'aria-describedby'?: string };
  set(value: unknown): void;
}

function useField(path: string, hint?: string): Bound {
  const { draft, errors, set } = useForm();
  const id = fieldId(path);
  const own = errors[path] ?? [];
  const describedBy = [hint ? `${id}-hint` : '', own.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    value: getIn(draft, path),
    errors: own,
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
    </div>
  );
}

/** Every choice in view, as the application forms show them. */
export function ChoiceField({ path, label, choices }: { path: string; label: string; choices: readonly Choice[] }) {
  const field = useField(path);
  return (
    <fieldset class="choices" {...(field.errors.length ? { 'aria-describedby': `${field.id}-error` } : {})}>
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

export const YES_NO_CHOICES: readonly Choice[] = [
  { value: '', label: 'Not set' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
