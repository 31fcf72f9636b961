import { useRef, useState } from 'preact/hooks';

interface ResumeSourceProps {
  /** While a resume is being read, more input is ignored; the controls stay enabled so they keep the focus. */
  busy: boolean;
  onFile(file: File): void;
  onPaste(text: string): void;
}

/** Word files are accepted so that an old .doc gets its own explanation rather than being hidden by the picker. */
const ACCEPT = '.pdf,.docx,.doc,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/**
 * Where a resume comes in: a drop zone around a file picker (the picker is the keyboard's way in,
 * the zone is a larger target for a mouse), and a box for pasted text.
 */
export function ResumeSource({ busy, onFile, onPaste }: ResumeSourceProps) {
  const [dragging, setDragging] = useState(false);
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const take = (file: File | undefined) => {
    if (file && !busy) onFile(file);
    // The same file picked again after an error must fire change again.
    if (input.current) input.current.value = '';
  };

  return (
    <div class="resume-source">
      <div
        class={`resume-drop${dragging ? ' dragging' : ''}`}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          take(event.dataTransfer?.files[0]);
        }}
      >
        <label for="resume-file">Resume file</label>
        <span id="resume-file-hint" class="field-hint">
          Drop a PDF or Word (.docx) file here, or choose one. It is read on this device and never uploaded.
        </span>
        <input
          id="resume-file"
          ref={input}
          type="file"
          accept={ACCEPT}
          aria-describedby="resume-file-hint"
          onChange={(event) => take(event.currentTarget.files?.[0])}
        />
      </div>
      <form
        class="field resume-paste"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onPaste(text);
        }}
      >
        <label for="resume-text">Or paste your resume as text</label>
        <span id="resume-text-hint" class="field-hint">
          A LinkedIn profile copied as text works too.
        </span>
        <textarea id="resume-text" rows={6} value={text} aria-describedby="resume-text-hint" onInput={(event) => setText(event.currentTarget.value)} />
        <div class="row">
          <button type="submit">
            Read pasted text
          </button>
        </div>
      </form>
    </div>
  );
}
