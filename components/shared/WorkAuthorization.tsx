import type { ApplicationDraft } from './draft';
import { fieldId, GroupConflict, GroupErrors, SelectField, TextField, useForm } from './Form';
import { newKey, useStableKeys } from './stableKeys';

const PATH = 'application.workAuthorization';
const ADD_ID = `${fieldId(PATH)}-add`;

const AUTHORIZED_CHOICES = [
  { value: '', label: 'Choose…' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** After a removal the pressed button is gone: the keyboard user stays in the list. */
function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * One row per country: "Authorized to work in US: yes". Used by the full editor and the popup,
 * where "Country" alone would be read the same as the address's country: each row's controls
 * carry the row in their names ("Work authorization country 1", "Authorized in US", "Remove US").
 */
export function WorkAuthorizationEditor() {
  const { draft, set } = useForm();
  const rows = draft.application.workAuthorization;
  const keys = useStableKeys(rows.length);
  const update = (next: ApplicationDraft['workAuthorization']) => set(PATH, next);

  const remove = (index: number) => {
    keys.current = keys.current.filter((_, at) => at !== index);
    update(rows.filter((_, at) => at !== index));
    const next = keys.current[Math.min(index, keys.current.length - 1)];
    focusLater(next === undefined ? ADD_ID : `${fieldId(PATH)}-${next}-remove`);
  };

  const add = () => {
    keys.current = [...keys.current, newKey()];
    update([...rows, { country: '', authorized: '' }]);
    focusLater(fieldId(`${PATH}.${rows.length}.country`));
  };

  return (
    <fieldset class="choices">
      <legend>Authorized to work in</legend>
      <GroupErrors path={PATH} />
      <GroupConflict path={PATH} />
      {rows.length === 0 ? <p class="muted">No country yet: questions about work authorization are left to you.</p> : null}
      {rows.map((row, index) => {
        const key = keys.current[index] as number;
        const country = row.country.trim().toUpperCase() || `country ${index + 1}`;
        return (
          <div class="row authorization-row" key={key}>
            <TextField
              path={`${PATH}.${index}.country`}
              label={
                <>
                  <span class="visually-hidden">Work authorization </span>
                  Country
                  <span class="visually-hidden"> {index + 1}</span>
                </>
              }
              hint="Two letters, e.g. US"
              placeholder="US"
            />
            <SelectField path={`${PATH}.${index}.authorized`} label={`Authorized in ${country}`} choices={AUTHORIZED_CHOICES} />
            <button type="button" class="danger" id={`${fieldId(PATH)}-${key}-remove`} aria-label={`Remove ${country}`} onClick={() => remove(index)}>
              Remove
            </button>
          </div>
        );
      })}
      <p>
        <button type="button" id={ADD_ID} onClick={add}>
          Add a country
        </button>
      </p>
    </fieldset>
  );
}
