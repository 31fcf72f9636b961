import { browser } from 'wxt/browser';
import { FILL_PORT, type PortReply, type PortRequest } from '../messages';

/** A connection left unused this long is closed: it would only hold the extension's worker awake. */
const IDLE_MS = 30_000;

export interface Channel {
  /** Opens the connection ahead of the first request (as the user reaches for Autofill). */
  open(): void;
  send(message: object): Promise<unknown>;
  close(): void;
}

/**
 * Requests to the extension over one long-lived connection (runtime.connect) instead of a
 * runtime message each: a message sets up and tears down a channel of its own, which costs a
 * fill about a millisecond per round trip. The extension answers each request as it answers the
 * same runtime message, from the same sender (utils/background/ports.ts). Closed by the
 * extension (its worker stopped), the next request connects again.
 */
export function portChannel(): Channel {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let idle: ReturnType<typeof setTimeout> | undefined;

  function connect(): NonNullable<typeof port> {
    if (port) return port;
    const opened = browser.runtime.connect({ name: FILL_PORT });
    opened.onMessage.addListener((message: unknown) => {
      const { id, reply, error } = message as PortReply;
      const request = pending.get(id);
      pending.delete(id);
      if (error !== undefined) request?.reject(new Error(error));
      else request?.resolve(reply);
    });
    opened.onDisconnect.addListener(() => dropped(opened));
    port = opened;
    keepFor();
    return opened;
  }

  function dropped(closed: NonNullable<typeof port>): void {
    if (port !== closed) return;
    port = undefined;
    clearTimeout(idle);
    for (const request of pending.values()) request.reject(new Error('the connection to the extension closed'));
    pending.clear();
  }

  function keepFor(): void {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (pending.size) return keepFor();
      const open = port;
      open?.disconnect();
      if (open) dropped(open);
    }, IDLE_MS);
  }

  return {
    open: () => void connect(),
    send(message) {
      const open = connect();
      keepFor();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        open.postMessage({ id, message } satisfies PortRequest);
      });
    },
    close() {
      const open = port;
      open?.disconnect();
      if (open) dropped(open);
    },
  };
}
