import type { EducationEntry } from '@/utils/profile/schema';
import { emptyEducationEntry } from '@/components/shared/draft';
import { TextField } from '@/components/shared/Form';
import { ListEditor } from '@/components/shared/ListEditor';
import { Section } from './Section';

const DATE_HINT = 'YYYY-MM, or YYYY';

export function EducationSection() {
  return (
    <Section id="education" title="Education" intro="Most recent first.">
      <ListEditor<EducationEntry> path="education" noun="school" nameOf={(entry) => entry.school} create={emptyEducationEntry}>
        {(path) => (
          <div class="grid">
            <TextField path={`${path}.school`} label="School" />
            <TextField path={`${path}.degree`} label="Degree" placeholder="Bachelor's Degree" />
            <TextField path={`${path}.field`} label="Field of study" />
            <TextField path={`${path}.startDate`} label="Start date" hint={DATE_HINT} placeholder="2010-09" />
            <TextField path={`${path}.endDate`} label="End date" hint={DATE_HINT} placeholder="2014-05" />
            <TextField path={`${path}.gpa`} label="GPA" />
          </div>
        )}
      </ListEditor>
    </Section>
  );
}
