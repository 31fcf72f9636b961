import { sameJson } from '../core/sameJson';
import type { ClassifiedField } from '../core/types';

/** A form is filled within minutes of the pointer reaching the button, or read again. */
export const AHEAD_MS = 5 * 60_000;
/** Frames whose classification is kept at once. */
const MAX_FRAMES = 50;

interface Ahead {
  ats: string;
  /** The profile's version it was classified with (LoadedFill.version). */
  version: string;
  /** The fields as sent: a fill reuses the classification for the very same fields only. */
  fields: unknown;
  classified: ClassifiedField[];
  at: number;
}

/**
 * Forms classified while the user reached for Autofill, one per frame: the fill that follows
 * plans from it instead of classifying again, when it sends the very same fields and the
 * profile has not changed. Nothing of it goes back to the page.
 */
export class ClassifiedAhead {
  private readonly byFrame = new Map<string, Ahead>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  keep(frame: string, ahead: Omit<Ahead, 'at'>): void {
    this.byFrame.delete(frame);
    for (const [key, old] of this.byFrame) {
      if (this.byFrame.size >= MAX_FRAMES || this.now() - old.at >= AHEAD_MS) this.byFrame.delete(key);
    }
    this.byFrame.set(frame, { ...ahead, at: this.now() });
  }

  /** The frame's classification, if it was made for these fields with this version of the profile; used once. */
  take(frame: string, ats: string, version: string, fields: unknown): ClassifiedField[] | undefined {
    const ahead = this.byFrame.get(frame);
    this.byFrame.delete(frame);
    if (!ahead || this.now() - ahead.at >= AHEAD_MS) return undefined;
    return ahead.ats === ats && ahead.version === version && sameJson(ahead.fields, fields) ? ahead.classified : undefined;
  }
}
