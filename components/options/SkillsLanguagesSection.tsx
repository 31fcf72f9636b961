import type { Profile } from '@/utils/profile/schema';
import { TextField } from '@/components/shared/Form';
import { ListEditor } from '@/components/shared/ListEditor';
import { Section } from './Section';

type Language = Profile['languages'][number];

export function SkillsLanguagesSection() {
  return (
    <Section id="skills" title="Skills and languages">
      <TextField path="skills" label="Skills" hint="One per line" multiline rows={6} />
      <h3>Languages</h3>
      <ListEditor<Language> path="languages" noun="language" nameOf={(entry) => entry.language} create={() => ({ language: '', fluency: '' })}>
        {(path) => (
          <div class="grid">
            <TextField path={`${path}.language`} label="Language" />
            <TextField path={`${path}.fluency`} label="Fluency" placeholder="Professional working proficiency" />
          </div>
        )}
      </ListEditor>
    </Section>
  );
}
