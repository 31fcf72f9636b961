import type { ApplicationDraft } from './draft';
import { fieldId, GroupErrors, SelectField, TextField, useForm } from './Form';

const PATH = 'application.workAuthorization';

const AUTHORIZED_CHOICES = [
  { value: '', label: 'Choose…' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** One row per country: "Authorized to work in US: yes". Used by the full editor and the popup. */
export function WorkAuthorizationEditor() {
  const { draft, set } = useForm();
  const rows = draft.application.workAuthorization;
  const update = (next: ApplicationDraft['workAuthorization']) => set(PATH, next);
  return (
    <fieldset class="choices">
      <legend>Authorized to work in</legend>
      <GroupErrors path={PATH} />
      {rows.length === 0 ? <p class="muted">No country yet: questions about work authorization are left to you.</p> : null}
      {rows.map((row, index) => {
        const country = row.country.trim().toUpperCase() || `country ${index + 1}`;
        return (
          <div class="row authorization-row" key={index}>
            <TextField path={`${PATH}.${index}.country`} label="Country code" hint="Two letters, e.g. US" placeholder="US" />
            <SelectField path={`${PATH}.${index}.authorized`} label={`Authorized in ${country}`} choices={AUTHORIZED_CHOICES} />
            <button type="button" class="danger" aria-label={`Remove ${country}`} onClick={() => update(rows.filter((_, at) => at !== index))}>
              Remove
            </button>
          </div>
        );
      })}
      <p>
        <button
          type="button"
          onClick={() => {
            update([...rows, { country: '', authorized: '' }]);
            requestAnimationFrame(() => document.getElementById(fieldId(`${PATH}.${rows.length}.country`))?.focus());
          }}
        >
          Add a country
        </button>
      </p>
    </fieldset>
  );
}
