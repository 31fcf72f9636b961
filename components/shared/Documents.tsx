import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '@/utils/profile/documents';
import { ProfileValidationError } from '@/utils/profile/errors';
import { DOCUMENT_TYPES, type DocumentRole, type StoredDocument } from '@/utils/profile/schema';
import { store } from './store';

const ACCEPT = Object.keys(DOCUMENT_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

const TYPE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DOCUMENT_TYPES).map(([extension, type]) => [type, extension.toUpperCase()]),
);

/** "PDF · 24 kB", as the file list shows a document. */
export function describeDocument(document: Pick<StoredDocument, 'type' | 'size'>): string {
  return `${TYPE_NAMES[document.type] ?? document.type} · ${formatBytes(document.size)}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof ProfileValidationError ? error.errors.map((problem) => problem.message).join('; ') : (error as Error).message;
}

/** The stored files, kept up to date when another page (or an import) changes them. */
export function useDocuments(): StoredDocument[] | undefined {
  const [documents, setDocuments] = useState<StoredDocument[] | undefined>();
  useEffect(() => {
    const read = () => void store.getDocuments().then(setDocuments, () => setDocuments([]));
    read();
    return store.onChange(read);
  }, []);
  return documents;
}

/**
 * Adds a file of `role`, or replaces the file of `replacing`; says why a file is refused, next to
 * the control. `label` names the control ("Replace resume “Backend”").
 */
export function DocumentUpload({ role, replacing, label, compact }: { role: DocumentRole; replacing?: StoredDocument | undefined; label: string; compact?: boolean }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `document-${replacing ? replacing.id : `new-${role}`}`;

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const document = { name: file.name, type: file.type, blob: file };
      await (replacing ? store.replaceDocument(replacing.id, document) : store.addDocument(role, document));
      setError('');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <div class={compact ? 'field' : 'field upload'}>
      <label for={id}>{label}</label>
      {compact ? null : (
        <span id={`${id}-hint`} class="field-hint">
          PDF, DOC, DOCX, TXT or RTF, at most 10 MB
        </span>
      )}
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        disabled={busy}
        aria-describedby={[compact ? '' : `${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => void upload(event.currentTarget)}
      />
      {error ? (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
