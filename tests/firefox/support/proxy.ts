import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface TunnelProxy {
  port: number;
  close(): Promise<void>;
}

const HEADERS_END = '\r\n\r\n';

/**
 * An HTTP proxy that answers every CONNECT, whatever host it names, with a tunnel to the local
 * HTTPS fixture server. Firefox has no --host-resolver-rules: sent through this proxy, a request
 * for https://jobs.lever.co/... keeps its real hostname (in the URL the extension's match
 * patterns see, the TLS server name and the Host header) and is answered by the fixture server.
 * It needs no root and no fixed port, unlike resolving every name to 127.0.0.1 on port 443.
 */
export async function startTunnelProxy(targetPort: number): Promise<TunnelProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(HEADERS_END);
      if (end < 0) return;
      client.off('data', onData);
      if (!head.toString('latin1', 0, 8).startsWith('CONNECT ')) {
        // Plain HTTP: every fixture is served over HTTPS, so nothing a test loads comes here.
        client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        // Bytes after the request's headers already belong to the tunnel (the TLS hello).
        const early = head.subarray(end + HEADERS_END.length);
        if (early.length) upstream.write(early);
        client.pipe(upstream).pipe(client);
      });
      track(upstream);
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
