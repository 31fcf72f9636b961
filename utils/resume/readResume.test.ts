import { describe, expect, it, vi } from 'vitest';
import { extractText, type ExtractResult } from './extract';
import { READ_TIME_LIMIT_MS, readResume } from './readResume';
import { resumePdfBytes } from './testPdf';

/** pdf.js's loading tasks, kept to check that a timed-out one was destroyed. */
const tasks = vi.hoisted(() => [] as { destroyed: boolean }[]);

vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  const pdfjs = await importOriginal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>();
  return {
    ...pdfjs,
    getDocument: (...args: Parameters<typeof pdfjs.getDocument>) => {
      const task = pdfjs.getDocument(...args);
      tasks.push(task);
      return task;
    },
  };
});

/** An extraction that only ends when it is stopped. */
function endless(signal: AbortSignal): Promise<ExtractResult> {
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve({ ok: false, error: 'stopped' })));
}

describe('readResume', () => {
  it('parses what was extracted', async () => {
    const result = await readResume('the pasted text', async () => ({ ok: true, text: 'Jane Doe\njane@example.com' }));
    expect(result.ok && result.parsed.personal).toMatchObject({ firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com' });
  });

  it('passes an extraction failure on', async () => {
    expect(await readResume('resume.pdf', async () => ({ ok: false, error: 'resume.pdf is empty.' }))).toEqual({ ok: false, error: 'resume.pdf is empty.' });
  });

  it(`gives up after ${READ_TIME_LIMIT_MS / 1000} seconds, and stops the extraction`, async () => {
    vi.useFakeTimers();
    try {
      let signal: AbortSignal | undefined;
      const reading = readResume('resume.pdf', (given) => endless((signal = given)));
      await vi.advanceTimersByTimeAsync(READ_TIME_LIMIT_MS - 1);
      expect(signal?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await reading).toEqual({ ok: false, error: 'Reading resume.pdf took more than 15 seconds, so Applyfill stopped. Paste the text instead.' });
      expect(signal?.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('destroys the pdf.js task of a PDF that runs out of time', async () => {
    const bytes = await resumePdfBytes(Array.from({ length: 20 }, (_, i) => [`Page ${i + 1}`, 'Senior Software Engineer, Acme Robotics Inc.']));
    const file = { name: 'long.pdf', type: 'application/pdf', bytes: bytes.buffer as ArrayBuffer };
    let extraction: Promise<ExtractResult> | undefined;
    // Loaded first, so that time runs out while pdf.js reads the file rather than while it loads.
    await import('pdfjs-dist/legacy/build/pdf.mjs');
    const started = tasks.length;
    const result = await readResume('long.pdf', (signal) => (extraction = extractText(file, { signal })), { timeLimitMs: 5 });
    expect(result).toEqual({ ok: false, error: 'Reading long.pdf took more than 0.005 seconds, so Applyfill stopped. Paste the text instead.' });
    // The extraction ends too rather than reading on, and its task is gone.
    expect(await extraction).toEqual({ ok: false, error: 'Reading long.pdf was stopped.' });
    expect(tasks.slice(started).map((task) => task.destroyed)).toEqual([true]);
  });
});
