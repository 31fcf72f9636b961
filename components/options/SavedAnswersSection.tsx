import type { SavedAnswer } from '@/utils/profile/schema';
import { TextField } from '@/components/shared/Form';
import { ListEditor } from '@/components/shared/ListEditor';
import { Section } from './Section';

export function SavedAnswersSection() {
  return (
    <Section id="answers" title="Saved answers" intro="Answers to questions forms ask in their own words; filled where a question matches.">
      <ListEditor<SavedAnswer>
        path="answers"
        noun="saved answer"
        nameOf={(entry) => entry.question}
        create={() => ({ question: '', control: 'text', answer: '' })}
      >
        {(path) => (
          <div class="grid">
            <TextField path={`${path}.question`} label="Question" class="wide" placeholder="Why do you want to work here?" />
            <TextField path={`${path}.answer`} label="Answer" multiline class="wide" />
          </div>
        )}
      </ListEditor>
    </Section>
  );
}
