import type { Browser, Frame } from 'puppeteer-core';

/**
 * Raw WebDriver BiDi commands, for what puppeteer-core has no call for: closed shadow roots and
 * the browser's own (chrome) window. Puppeteer keeps its BiDi connection as `connection` on the
 * Browser and each frame's browsing context id as `_id`, neither in its public types; Firefox
 * allows one BiDi session at a time, so a second connection of our own is not an option.
 */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export function connectionOf(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (typeof connection?.send !== 'function') throw new Error('puppeteer-core no longer exposes its WebDriver BiDi connection');
  return connection;
}

export function contextOf(frame: Frame): string {
  const id = (frame as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('puppeteer-core no longer exposes the browsing context of a frame');
  return id;
}

/** A node as WebDriver BiDi serializes it: its sharedId names it in every realm of its document. */
export interface NodeRemoteValue {
  type: 'node';
  sharedId?: string;
  value?: { localName?: string; shadowRoot?: NodeRemoteValue | null; mode?: 'open' | 'closed' };
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown } & Partial<NodeRemoteValue>;
  exceptionDetails?: { text: string };
}

/** The result of script.callFunction or script.evaluate, or the page's exception as an Error. */
export async function evaluated(reply: Promise<{ result: unknown }>): Promise<EvaluateResult['result']> {
  const result = (await reply).result as EvaluateResult;
  if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'exception in the page');
  return result.result;
}
