import { ChoiceField, type Choice } from '@/components/shared/Form';
import { Section } from './Section';

const UNSET: Choice = { value: '', label: 'Leave for me to answer' };

/** The wording US employers' voluntary self-identification forms use, "decline" included. */
const QUESTIONS: ReadonlyArray<{ path: string; label: string; choices: Choice[] }> = [
  {
    path: 'application.eeo.gender',
    label: 'Gender',
    choices: [
      { value: 'male', label: 'Male' },
      { value: 'female', label: 'Female' },
      { value: 'non-binary', label: 'Non-binary' },
      { value: 'decline', label: 'I decline to self-identify' },
    ],
  },
  {
    path: 'application.eeo.hispanicOrLatino',
    label: 'Are you Hispanic or Latino?',
    choices: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'decline', label: 'I decline to self-identify' },
    ],
  },
  {
    path: 'application.eeo.race',
    label: 'Race',
    choices: [
      { value: 'american-indian-alaska-native', label: 'American Indian or Alaska Native' },
      { value: 'asian', label: 'Asian' },
      { value: 'black', label: 'Black or African American' },
      { value: 'native-hawaiian-pacific-islander', label: 'Native Hawaiian or Other Pacific Islander' },
      { value: 'white', label: 'White' },
      { value: 'two-or-more', label: 'Two or more races' },
      { value: 'decline', label: 'I decline to self-identify' },
    ],
  },
  {
    path: 'application.eeo.veteran',
    label: 'Veteran status',
    choices: [
      { value: 'protected', label: 'I identify as one or more of the classifications of protected veteran' },
      { value: 'not-protected', label: 'I am not a protected veteran' },
      { value: 'decline', label: 'I decline to self-identify' },
    ],
  },
  {
    path: 'application.eeo.disability',
    label: 'Disability status',
    choices: [
      { value: 'yes', label: 'Yes, I have a disability, or have had one in the past' },
      { value: 'no', label: 'No, I do not have a disability and have not had one in the past' },
      { value: 'decline', label: 'I do not want to answer' },
    ],
  },
];

export function EeoSection() {
  return (
    <Section
      id="eeo"
      title="Voluntary self-identification (EEO)"
      intro="Optional. Employers may not use these answers in hiring decisions; Applyfill fills them only where you choose an answer here."
    >
      <div class="eeo">
        {QUESTIONS.map((question) => (
          <ChoiceField key={question.path} path={question.path} label={question.label} choices={[...question.choices, UNSET]} />
        ))}
      </div>
    </Section>
  );
}
