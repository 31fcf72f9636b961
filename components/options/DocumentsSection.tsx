import { useState } from 'preact/hooks';
import { DOCUMENT_ROLES, type DocumentRole, type StoredDocument } from '@/utils/profile/schema';
import { DOCUMENT_LABELS, describeDocument, DocumentUpload, useDocuments } from '@/components/shared/Documents';
import { downloadBlob } from '@/components/shared/download';
import { store } from '@/components/shared/store';
import { Section } from './Section';

function DocumentRow({ role, document }: { role: DocumentRole; document: StoredDocument | undefined }) {
  const [confirming, setConfirming] = useState(false);
  const label = DOCUMENT_LABELS[role];
  return (
    <li class="list-item document">
      <h3>{label}</h3>
      {document ? (
        <div class="row">
          <span>
            <strong>{document.name}</strong> <span class="muted">{describeDocument(document)}</span>
          </span>
          <button type="button" onClick={() => downloadBlob(document.blob, document.name)} aria-label={`Download ${document.name}`}>
            Download
          </button>
          {confirming ? (
            <span class="row" role="group" aria-label={`Remove ${document.name}?`}>
              <span>Remove {document.name}?</span>
              <button
                type="button"
                class="danger"
                onClick={() => {
                  setConfirming(false);
                  void store.removeDocument(role);
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
      ) : (
        <p class="muted">No {label.toLowerCase()} yet: upload fields are left for you.</p>
      )}
      <DocumentUpload role={role} current={document} />
    </li>
  );
}

export function DocumentsSection() {
  const documents = useDocuments();
  return (
    <Section id="documents" title="Documents" intro="Attached to upload fields. Stored only in this browser.">
      {documents === undefined ? (
        <p class="muted">Loading…</p>
      ) : (
        <ul class="list">
          {DOCUMENT_ROLES.map((role) => (
            <DocumentRow key={role} role={role} document={documents.find((document) => document.role === role)} />
          ))}
        </ul>
      )}
    </Section>
  );
}
