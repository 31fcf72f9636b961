import type { ExtractResult } from './extract';
import { parseResumeText, type ParsedResume } from './parse';

/** A resume is read in well under a second; a file that takes longer than this is refused, not waited on. */
export const READ_TIME_LIMIT_MS = 15_000;

export type ReadResult = { ok: true; parsed: ParsedResume } | { ok: false; error: string };

export interface ReadOptions {
  timeLimitMs?: number;
}

function timeLimitMessage(source: string, timeLimitMs: number): string {
  const seconds = timeLimitMs / 1000;
  return `Reading ${source} took more than ${seconds} second${seconds === 1 ? '' : 's'}, so Applyfill stopped. Paste the text instead.`;
}

/**
 * Gets a resume's text with `extract` and parses it, within a time limit. When time is up the
 * signal given to `extract` aborts, which destroys a PDF's pdf.js task (see extractText), and the
 * result is a message: what was read so far is dropped.
 */
export async function readResume(
  source: string,
  extract: (signal: AbortSignal) => Promise<ExtractResult>,
  { timeLimitMs = READ_TIME_LIMIT_MS }: ReadOptions = {},
): Promise<ReadResult> {
  const controller = new AbortController();
  const timeUp: ReadResult = { ok: false, error: timeLimitMessage(source, timeLimitMs) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<ReadResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(timeUp);
    }, timeLimitMs);
  });
  const work = extract(controller.signal).then((result): ReadResult => {
    // Parsing runs on this thread and cannot be interrupted, so it does not start once time is up.
    if (controller.signal.aborted) return timeUp;
    return result.ok ? { ok: true, parsed: parseResumeText(result.text) } : result;
  });
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
