import { DocumentUpload, describeDocument, useDocuments } from '@/components/shared/Documents';
import { FormProvider, SelectField, TextField, YES_NO_CHOICES } from '@/components/shared/Form';
import { SaveStatus } from '@/components/shared/SaveStatus';
import type { ProfileDraft } from '@/components/shared/useProfileDraft';
import { WorkAuthorizationEditor } from '@/components/shared/WorkAuthorization';
import { openOptions } from './openOptions';

function Resume() {
  const documents = useDocuments();
  // The default: the one attached unless a page's own pick says otherwise.
  const resume = documents?.find((document) => document.role === 'resume' && document.isDefault);
  return (
    <div class="quick-resume wide">
      <p class="label">{resume ? `Default resume: ${resume.label}` : 'Resume'}</p>
      <p>
        {documents === undefined ? '…' : resume ? (
          <>
            <strong>{resume.name}</strong> <span class="muted">{describeDocument(resume)}</span>
          </>
        ) : (
          <span class="muted">None yet</span>
        )}
      </p>
      <DocumentUpload role="resume" replacing={resume} label={resume ? 'Replace resume' : 'Upload resume'} compact />
    </div>
  );
}

/** The answers people change most between applications, saved as they are typed. */
export function QuickEdit({ editor }: { editor: ProfileDraft }) {
  if (editor.state.status !== 'ready') return null;
  const { draft, errors, conflicts, save } = editor.state;
  return (
    <section class="quick-edit" aria-labelledby="quick-edit-title">
      <div class="quick-edit-header">
        <h2 id="quick-edit-title">Quick edits</h2>
        <SaveStatus state={save} />
      </div>
      <FormProvider value={{ draft, errors, conflicts, set: editor.set }}>
        <form class="grid" onSubmit={(event) => event.preventDefault()} noValidate aria-labelledby="quick-edit-title">
          <TextField path="personal.firstName" label="First name" autoComplete="given-name" />
          <TextField path="personal.lastName" label="Last name" autoComplete="family-name" />
          <TextField path="personal.email" label="Email" type="email" class="wide" autoComplete="email" />
          <TextField path="personal.phoneCountryCode" label="Phone country code" placeholder="+1" autoComplete="tel-country-code" />
          <TextField path="personal.phone" label="Phone" type="tel" autoComplete="tel-national" />
          <TextField path="personal.address.city" label="City" />
          <TextField path="personal.address.region" label="State or region" />
          <TextField path="personal.address.country" label="Country" class="wide" />
          <TextField path="links.linkedin" label="LinkedIn" type="url" class="wide" />
          <TextField path="links.website" label="Website" type="url" class="wide" />
          <Resume />
          <SelectField path="application.requiresSponsorship" label="Will you require visa sponsorship?" choices={YES_NO_CHOICES} class="wide" />
          <div class="wide">
            <WorkAuthorizationEditor />
          </div>
        </form>
      </FormProvider>
      <p>
        <button type="button" class="link-button" onClick={() => void openOptions()}>
          Open the full editor
        </button>
      </p>
    </section>
  );
}
