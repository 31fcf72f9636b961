import { browser } from 'wxt/browser';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApplicationEntry } from '@/utils/profile/applicationLog';
import type { ImportResult } from '@/utils/profile/store';
import { downloadBlob, exportFileName } from '@/components/shared/download';
import { store } from '@/components/shared/store';
import { Section } from './Section';

interface Pending {
  /** Where the text came from, as the user knows it: the file's name, or "the sample profile". */
  source: string;
  text: string;
  result: ImportResult;
}

interface ImportExportProps {
  /** Saves the editor's pending edits, so that a preview compares with them and an undo brings them back. */
  flush(): Promise<void>;
  /** Called after the stored profile was replaced, so the editor shows the new one. */
  onReplaced(): Promise<void>;
}

const KIND_NOTES = {
  envelope: 'An Applyfill profile file: it replaces your whole profile and your documents.',
  'json-resume': 'A JSON Resume: it replaces what a resume holds; your application answers, saved answers and documents stay.',
} as const;

function Preview({ pending, onConfirm, onCancel }: { pending: Pending; onConfirm(): void; onCancel(): void }) {
  const { result } = pending;
  if (!result.ok) {
    return (
      <div class="notice error" role="alert">
        <p>
          <strong>{pending.source} cannot be imported.</strong> Your profile is unchanged. Problems found:
        </p>
        <ul class="import-errors">
          {result.errors.map((error, index) => (
            <li key={index}>
              {error.path ? <code>{error.path}</code> : null} {error.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div class="notice" role="region" aria-label="What the import changes">
      <p>
        <strong>Importing {pending.source}</strong>. {KIND_NOTES[result.kind]}
      </p>
      {result.applications?.length ? (
        <p>
          It also holds a log of {result.applications.length} application{result.applications.length === 1 ? '' : 's'}: {result.applications.length === 1 ? 'it is' : 'they are'} added to
          yours.
        </p>
      ) : null}
      {result.summary.length ? (
        <ul class="import-changes">
          {result.summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>It holds the same profile you have now.</p>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={onConfirm}>
          Confirm import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ImportExportSection({ flush, onReplaced }: ImportExportProps) {
  const [pending, setPending] = useState<Pending | undefined>();
  const [message, setMessage] = useState('');
  const [canUndo, setCanUndo] = useState(false);
  const [withLog, setWithLog] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const refreshUndo = () => void store.canUndoImport().then(setCanUndo, () => setCanUndo(false));
  useEffect(refreshUndo, []);

  const preview = async (source: string, read: () => Promise<string>) => {
    setMessage('');
    setPending(undefined);
    try {
      const text = await read();
      await flush();
      setPending({ source, text, result: await store.previewImport(text) });
    } catch (error) {
      setPending({ source, text: '', result: { ok: false, errors: [{ path: '', message: (error as Error).message }] } });
    }
  };

  const confirm = async () => {
    if (!pending) return;
    const result = await store.importFile(pending.text);
    if (!result.ok) {
      setPending({ ...pending, result });
      return;
    }
    setPending(undefined);
    if (fileInput.current) fileInput.current.value = '';
    await onReplaced();
    const logged = result.applications?.length ? ((await browser.runtime.sendMessage({ type: 'log:import', entries: result.applications })) as number) : 0;
    const changes = result.summary.length ? `: ${result.summary.length} changes` : '';
    setMessage(`Imported ${pending.source}${changes}${logged ? `, and ${logged} application${logged === 1 ? '' : 's'} into your log` : ''}.`);
    refreshUndo();
  };

  const undo = async () => {
    await flush();
    const undone = await store.undoImport();
    await onReplaced();
    setMessage(undone ? 'Import undone: your previous profile is back.' : 'There is no import to undo.');
    refreshUndo();
  };

  const exportProfile = async () => {
    setMessage('');
    try {
      await flush();
      const applications = withLog ? ((await browser.runtime.sendMessage({ type: 'log:list' })) as ApplicationEntry[]) : undefined;
      const text = await store.exportFile(new Date(), applications);
      downloadBlob(new Blob([text], { type: 'application/json' }), exportFileName());
      setMessage(applications ? `Exported your profile, documents and the log of ${applications.length} applications.` : 'Exported your profile and documents.');
    } catch (error) {
      setMessage(`Export failed: ${(error as Error).message}`);
    }
  };

  return (
    <Section
      id="import"
      title="Import and export"
      intro="Move your profile between browsers, or keep a backup. The file holds your documents too: keep it private."
    >
      <div class="grid">
        <div class="field">
          <label for="import-file">Import profile</label>
          <span id="import-file-hint" class="field-hint">
            An Applyfill profile file or a JSON Resume (.json). You will see what changes before anything is replaced.
          </span>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-describedby="import-file-hint"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void preview(file.name, () => file.text());
            }}
          />
        </div>
        <div class="field">
          <span class="label">Back up, or try Applyfill out</span>
          <div class="row">
            <button type="button" onClick={() => void exportProfile()}>
              Export profile
            </button>
            <label class="checkbox">
              <input type="checkbox" checked={withLog} onChange={(event) => setWithLog(event.currentTarget.checked)} />
              Include the log of where you applied
            </label>
            <button
              type="button"
              onClick={() =>
                void preview('the sample profile', async () => {
                  const response = await fetch(browser.runtime.getURL('/sample-profile.json'));
                  if (!response.ok) throw new Error('The sample profile is missing from this build of Applyfill');
                  return response.text();
                })
              }
            >
              Load sample profile
            </button>
          </div>
        </div>
      </div>
      {pending ? (
        <Preview
          pending={pending}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setPending(undefined);
            if (fileInput.current) fileInput.current.value = '';
          }}
        />
      ) : null}
      <div class="row spaced">
        <p role="status" class="import-status">
          {message}
        </p>
        {canUndo ? (
          <button type="button" onClick={() => void undo()}>
            Undo import
          </button>
        ) : null}
      </div>
    </Section>
  );
}
