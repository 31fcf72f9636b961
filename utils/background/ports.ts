import { browser } from 'wxt/browser';
import { FILL_PORT, type PortReply, type PortRequest } from '../messages';
import type { Sender } from './handlers';

/**
 * Answers requests a content script sends over its long-lived connection (utils/content/channel.ts)
 * as the same runtime messages are answered: the sender is the browser's account of the port's
 * frame, never anything the request says.
 */
export function servePorts(handle: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== FILL_PORT) return;
    port.onMessage.addListener(async (received: unknown) => {
      const { id, message } = (received ?? {}) as Partial<PortRequest>;
      if (typeof id !== 'number') return;
      let reply: PortReply;
      try {
        reply = { id, reply: await handle(message, port.sender ?? {}) };
      } catch (error) {
        reply = { id, error: error instanceof Error ? error.message : String(error) };
      }
      try {
        port.postMessage(reply);
      } catch {
        // The frame went away before the answer: nobody is waiting for it.
      }
    });
  });
}
