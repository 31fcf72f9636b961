import type { WorkEntry } from '@/utils/profile/schema';
import { emptyWorkEntry } from '@/components/shared/draft';
import { CheckboxField, TextField } from '@/components/shared/Form';
import { ListEditor } from '@/components/shared/ListEditor';
import { Section } from './Section';

const DATE_HINT = 'YYYY-MM, or YYYY';

export function WorkHistorySection() {
  return (
    <Section id="work" title="Work history" intro="Most recent first: forms with one employer slot get the first entry.">
      <ListEditor<WorkEntry> path="work" noun="work experience" nameOf={(entry) => entry.company} create={emptyWorkEntry}>
        {(path) => (
          <div class="grid">
            <TextField path={`${path}.company`} label="Company" autoComplete="organization" />
            <TextField path={`${path}.title`} label="Title" autoComplete="organization-title" />
            <TextField path={`${path}.location`} label="Location" />
            <TextField path={`${path}.startDate`} label="Start date" hint={DATE_HINT} placeholder="2019-06" />
            <TextField path={`${path}.endDate`} label="End date" hint={DATE_HINT} placeholder="2021-05" />
            <CheckboxField path={`${path}.current`} label="I work here now" />
            <TextField path={`${path}.description`} label="Description" multiline class="wide" />
          </div>
        )}
      </ListEditor>
    </Section>
  );
}
