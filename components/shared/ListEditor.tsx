import type { ComponentChildren } from 'preact';
import { getIn } from './draft';
import { fieldId, GroupConflict, GroupErrors, useForm } from './Form';
import { newKey, useStableKeys } from './stableKeys';

interface ListEditorProps<T> {
  /** The draft path of the list, e.g. "work". */
  path: string;
  /** What one entry is called, for buttons and empty headings ("work experience"). */
  noun: string;
  /** The entry's own name, for its heading and its buttons' labels ("Meta"); '' when it has none yet. */
  nameOf(item: T): string;
  create(): T;
  /** Whether an entry is shown (a search): hidden entries keep their place and their keys. */
  shows?(item: T): boolean;
  /** The entry's fields; `path` is the entry's draft path, e.g. "work.1". */
  children(path: string, index: number): ComponentChildren;
}

/**
 * A list the user adds to, removes from and reorders, with buttons that say which entry they act
 * on ("Move Meta up"). Entries keep stable keys across moves so that their fields keep their state.
 */
export function ListEditor<T>({ path, noun, nameOf, create, shows, children }: ListEditorProps<T>) {
  const { draft, set } = useForm();
  const items = (getIn(draft, path) as T[] | undefined) ?? [];
  const keys = useStableKeys(items.length);

  const titleOf = (item: T, index: number) => nameOf(item).trim() || `${capitalise(noun)} ${index + 1}`;

  /** After a move or a removal the button pressed is gone or elsewhere: keep the keyboard user in place. */
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const reordered = [...items];
    const keyOrder = [...keys.current];
    [reordered[index], reordered[target]] = [reordered[target] as T, reordered[index] as T];
    [keyOrder[index], keyOrder[target]] = [keyOrder[target] as number, keyOrder[index] as number];
    keys.current = keyOrder;
    set(path, reordered);
    const edge = by < 0 ? target === 0 : target === items.length - 1;
    focusLater(`${fieldId(path)}-${keyOrder[target]}-${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`);
  };

  const remove = (index: number) => {
    keys.current = keys.current.filter((_, at) => at !== index);
    set(path, items.filter((_, at) => at !== index));
    const neighbour = keys.current[Math.min(index, keys.current.length - 1)];
    focusLater(neighbour === undefined ? `${fieldId(path)}-add` : `${fieldId(path)}-${neighbour}-remove`);
  };

  const add = () => {
    const key = newKey();
    keys.current = [...keys.current, key];
    set(path, [...items, create()]);
    // The new entry's first field, so typing can start at once.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`#${fieldId(path)}-${key} :is(input, textarea, select)`)?.focus());
  };

  return (
    <div class="list-editor">
      <GroupErrors path={path} />
      <GroupConflict path={path} />
      {items.length === 0 ? <p class="muted">No {noun} yet.</p> : null}
      <ol class="list">
        {items.map((item, index) => {
          const key = keys.current[index] as number;
          const base = `${fieldId(path)}-${key}`;
          const title = titleOf(item, index);
          return (
            <li key={key} id={base} class="list-item" hidden={shows ? !shows(item) : false}>
              <div class="list-item-header">
                <h3>{title}</h3>
                <button type="button" class="icon" id={`${base}-up`} aria-label={`Move ${title} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  class="icon"
                  id={`${base}-down`}
                  aria-label={`Move ${title} down`}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button type="button" class="danger" id={`${base}-remove`} aria-label={`Remove ${title}`} onClick={() => remove(index)}>
                  Remove
                </button>
              </div>
              {children(`${path}.${index}`, index)}
            </li>
          );
        })}
      </ol>
      <p>
        <button type="button" id={`${fieldId(path)}-add`} onClick={add}>
          Add {noun}
        </button>
      </p>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
