import type { FieldOutcome, FillAction } from '../../core/types';
import type { FieldHandle } from '../../dom/collect';
import { waitFor } from '../../dom/events';
import { performAction, type FillContext } from '../../dom/fill';
import { isVisible } from '../../dom/visibility';

/** jQuery's slideToggle('slow'), which Lever's application.js uses to show the signature. */
const SIGNATURE_REVEAL_MS = 600;
const SIGNATURE_INPUTS = '[name="eeo[disabilitySignature]"], [name="eeo[disabilitySignatureDate]"]';

/**
 * Answers the disability question, then waits while Lever slides the CC-305 signature (name
 * and date) open: any answer reveals it, and an input still sliding in is clipped, so the next
 * look at the form would pass it by. A form without a signature is answered and left at once.
 */
export async function answerDisability(handle: FieldHandle, action: FillAction, ctx: FillContext): Promise<FieldOutcome> {
  const outcome = await performAction(handle, action, ctx);
  const root = (handle.element as HTMLSelectElement).form ?? handle.element.ownerDocument;
  const signature = Array.from(root.querySelectorAll<HTMLElement>(SIGNATURE_INPUTS));
  if (outcome.status === 'filled' && signature.length) {
    await waitFor(() => signature.every(isVisible), SIGNATURE_REVEAL_MS + ctx.widgetTimeoutMs, root);
  }
  return outcome;
}
