import { useState } from 'preact/hooks';
import type { SavedAnswer } from '@/utils/profile/schema';
import { matchesWords } from '@/utils/profile/applicationLog';
import { getIn } from '@/components/shared/draft';
import { SelectField, TextField, useForm } from '@/components/shared/Form';
import { ListEditor } from '@/components/shared/ListEditor';
import { Section } from './Section';

/** How each kind of control is named to the user. */
const CONTROLS = [
  { value: 'text', label: 'Short text' },
  { value: 'textarea', label: 'Long text' },
  { value: 'yesNo', label: 'Yes or no' },
  { value: 'select', label: 'Drop-down choice' },
  { value: 'radio', label: 'One of several buttons' },
  { value: 'checkbox', label: 'Ticked box' },
  { value: 'combobox', label: 'Searchable list' },
] as const;

const matches = (entry: SavedAnswer, query: string) => matchesWords([entry.question, entry.answer, entry.option ?? ''], query);

export function SavedAnswersSection() {
  const { draft } = useForm();
  const [query, setQuery] = useState('');
  const answers = (getIn(draft, 'answers') as SavedAnswer[] | undefined) ?? [];
  const shown = answers.filter((entry) => matches(entry, query)).length;
  return (
    <Section
      id="answers"
      title="Saved answers"
      intro="Answers to questions forms ask in their own words: filled wherever a question asks the same thing. Saved from the panel on a form after you answer questions Applyfill left, or added here."
    >
      {answers.length ? (
        <div class="field">
          <label for="answers-search">Search saved answers</label>
          <input id="answers-search" type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
          {query.trim() ? (
            <p class="muted" role="status">
              {shown} of {answers.length} shown
            </p>
          ) : null}
        </div>
      ) : null}
      <ListEditor<SavedAnswer>
        path="answers"
        noun="saved answer"
        nameOf={(entry) => entry.question}
        create={() => ({ question: '', control: 'text', answer: '' })}
        shows={(entry) => matches(entry, query)}
      >
        {(path) => (
          <div class="grid">
            <TextField path={`${path}.question`} label="Question" class="wide" placeholder="Why do you want to work here?" />
            <SelectField path={`${path}.control`} label="Asked as" choices={CONTROLS} />
            <TextField path={`${path}.option`} label="Option picked" hint="For a choice: the option you picked, matched by meaning with other wordings" />
            <TextField path={`${path}.answer`} label="Answer" multiline class="wide" />
          </div>
        )}
      </ListEditor>
    </Section>
  );
}
