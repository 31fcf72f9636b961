import { useState } from 'preact/hooks';
import { ROLE_NAMES } from '@/utils/core/documentNames';
import { MAX_DOCUMENT_LABEL, DOCUMENT_ROLES, type DocumentRole, type StoredDocument } from '@/utils/profile/schema';
import { describeDocument, DocumentUpload, errorMessage, useDocuments } from '@/components/shared/Documents';
import { downloadBlob } from '@/components/shared/download';
import { store } from '@/components/shared/store';
import { Section } from './Section';

const PLURALS: Readonly<Record<DocumentRole, string>> = { resume: 'Resumes', coverLetter: 'Cover letters' };

/** Runs a change to the stored documents, showing why it was refused (a name taken, the document gone). */
function useDocumentAction(): [error: string, run: (action: () => Promise<unknown>) => Promise<boolean>] {
  const [error, setError] = useState('');
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError('');
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  };
  return [error, run];
}

function RenameForm({ document, onDone }: { document: StoredDocument; onDone(): void }) {
  const [label, setLabel] = useState(document.label);
  const [error, run] = useDocumentAction();
  const id = `rename-${document.id}`;
  const save = async () => {
    if (await run(() => store.updateDocument(document.id, { label }))) onDone();
  };
  return (
    <form class="row" onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label={`Rename “${document.label}”`}>
      <label for={id}>Name</label>
      <input id={id} value={label} maxLength={MAX_DOCUMENT_LABEL} aria-invalid={error ? true : undefined} onInput={(event) => setLabel(event.currentTarget.value)} />
      <button type="submit">Save name</button>
      <button type="button" onClick={onDone}>Cancel</button>
      {error ? <p class="field-error" role="alert">{error}</p> : null}
    </form>
  );
}

/** A resume's own headline and summary, used while it is the one attached; empty means the profile's. */
function ResumeTexts({ document }: { document: StoredDocument }) {
  const [headline, setHeadline] = useState(document.headline);
  const [summary, setSummary] = useState(document.summary);
  const [saved, setSaved] = useState(false);
  const [open, setOpen] = useState(false);
  const [error, run] = useDocumentAction();
  const changed = headline !== document.headline || summary !== document.summary;
  return (
    <details class="resume-texts" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Headline and summary for “{document.label}”</summary>
      {/* Rendered only while open: closed, they would stand beside the profile's own Headline and Summary fields. */}
      {open ? (
        <>
          <p class="field-hint">Used where a form asks for a headline or summary while this resume is attached. Left empty, your profile’s are used.</p>
          <div class="field">
            <label for={`headline-${document.id}`}>Headline</label>
            <input id={`headline-${document.id}`} value={headline} maxLength={500} onInput={(event) => { setHeadline(event.currentTarget.value); setSaved(false); }} />
          </div>
          <div class="field">
            <label for={`summary-${document.id}`}>Summary</label>
            <textarea id={`summary-${document.id}`} value={summary} rows={4} maxLength={20_000} onInput={(event) => { setSummary(event.currentTarget.value); setSaved(false); }} />
          </div>
          <div class="row">
            <button type="button" disabled={!changed} onClick={() => void run(() => store.updateDocument(document.id, { headline, summary })).then(setSaved)}>
              Save headline and summary
            </button>
            {saved && !changed ? <span role="status">Saved</span> : null}
          </div>
          {error ? <p class="field-error" role="alert">{error}</p> : null}
        </>
      ) : null}
    </details>
  );
}

function DocumentRow({ document, first, last }: { document: StoredDocument; first: boolean; last: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [error, run] = useDocumentAction();
  const role = ROLE_NAMES[document.role].toLowerCase();
  return (
    <li class="list-item document" aria-label={`${ROLE_NAMES[document.role]} “${document.label}”`}>
      <div class="list-item-header">
        <h3>
          {document.label} {document.isDefault ? <span class="badge">Default</span> : null}
        </h3>
        <div class="row">
          <button type="button" disabled={first} aria-label={`Move “${document.label}” up`} onClick={() => void run(() => store.moveDocument(document.id, -1))}>
            ↑
          </button>
          <button type="button" disabled={last} aria-label={`Move “${document.label}” down`} onClick={() => void run(() => store.moveDocument(document.id, 1))}>
            ↓
          </button>
        </div>
      </div>
      <div class="row">
        <span>
          <strong>{document.name}</strong> <span class="muted">{describeDocument(document)}</span>
        </span>
        <button type="button" onClick={() => downloadBlob(document.blob, document.name)} aria-label={`Download ${document.name}`}>
          Download
        </button>
        {document.isDefault ? null : (
          <button type="button" onClick={() => void run(() => store.setDefaultDocument(document.id))} aria-label={`Make “${document.label}” the default ${role}`}>
            Make default
          </button>
        )}
        <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename “${document.label}”`}>
          Rename
        </button>
        {confirming ? (
          <span class="row" role="group" aria-label={`Remove ${document.name}?`}>
            <span>Remove {document.name}?</span>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                void run(() => store.removeDocument(document.id));
              }}
            >
              Remove
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" class="danger" aria-label={`Remove ${document.name}`} onClick={() => setConfirming(true)}>
            Remove
          </button>
        )}
      </div>
      {error ? <p class="field-error" role="alert">{error}</p> : null}
      {renaming ? <RenameForm document={document} onDone={() => setRenaming(false)} /> : null}
      {document.role === 'resume' ? <ResumeTexts document={document} /> : null}
      <DocumentUpload role={document.role} replacing={document} label={`Replace ${role} “${document.label}”`} />
    </li>
  );
}

function RoleDocuments({ role, documents }: { role: DocumentRole; documents: StoredDocument[] }) {
  const name = ROLE_NAMES[role].toLowerCase();
  return (
    <div class="document-role" role="group" aria-label={PLURALS[role]}>
      <h3>{PLURALS[role]}</h3>
      {documents.length ? (
        <ul class="list">
          {documents.map((document, index) => (
            <DocumentRow key={document.id} document={document} first={index === 0} last={index === documents.length - 1} />
          ))}
        </ul>
      ) : (
        <p class="muted">No {name} yet: upload fields are left for you.</p>
      )}
      <DocumentUpload role={role} label={documents.length ? `Upload another ${name}` : `Upload ${name}`} />
    </div>
  );
}

export function DocumentsSection() {
  const documents = useDocuments();
  return (
    <Section
      id="documents"
      title="Documents"
      intro="Attached to upload fields. Keep several, named for the jobs they suit: the default is attached unless you pick another before a fill, and your pick is remembered for that company. Stored only in this browser."
    >
      {documents === undefined ? (
        <p class="muted">Loading…</p>
      ) : (
        DOCUMENT_ROLES.map((role) => <RoleDocuments key={role} role={role} documents={documents.filter((document) => document.role === role)} />)
      )}
    </Section>
  );
}
