import { isDeepStrictEqual } from 'node:util';

/** Polls `read` until `accept` holds; fails after `timeout` ms, naming what was awaited and the last value read. */
export async function waitUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not after ${timeout} ms (last: ${JSON.stringify(value)})`);
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reads until the value deep-equals `expected` or `timeout` ms pass; returns the last value read, for an assertion to compare. */
export async function settled<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < deadline) {
    await sleep(100);
    value = await read();
  }
  return value;
}
