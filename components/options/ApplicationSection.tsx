import { SALARY_PERIODS } from '@/utils/profile/schema';
import { SelectField, TextField, YES_NO_CHOICES } from '@/components/shared/Form';
import { WorkAuthorizationEditor } from '@/components/shared/WorkAuthorization';
import { Section } from './Section';

const PERIOD_LABELS: Readonly<Record<(typeof SALARY_PERIODS)[number], string>> = { year: 'per year', month: 'per month', hour: 'per hour' };
const PERIOD_CHOICES = SALARY_PERIODS.map((period) => ({ value: period, label: PERIOD_LABELS[period] }));

export function ApplicationSection() {
  return (
    <Section id="application" title="Application answers" intro="Questions left as “Not set” are left for you to answer on each form.">
      <WorkAuthorizationEditor />
      <div class="grid spaced">
        <SelectField path="application.requiresSponsorship" label="Will you require visa sponsorship?" choices={YES_NO_CHOICES} />
        <SelectField path="application.willingToRelocate" label="Willing to relocate?" choices={YES_NO_CHOICES} />
        <TextField path="application.earliestStartDate" label="Earliest start date" hint="YYYY-MM-DD" placeholder="2027-01-04" />
        <TextField path="application.noticePeriod" label="Notice period" placeholder="2 weeks" />
        <TextField path="application.referralSource" label="How did you hear about us?" placeholder="LinkedIn" />
      </div>
      <fieldset class="choices spaced">
        <legend>Salary expectation</legend>
        <div class="grid">
          <TextField path="application.salaryAmount" label="Amount" hint="Leave empty to answer on each form" placeholder="120000" />
          <TextField path="application.salaryCurrency" label="Currency" hint="Three letters, e.g. USD" />
          <SelectField path="application.salaryPeriod" label="Period" choices={PERIOD_CHOICES} />
        </div>
      </fieldset>
    </Section>
  );
}
