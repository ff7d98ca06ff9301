import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** A TCP proxy on a local port in front of another, that a test cuts (as if the server behind it stopped) and restores. */
export interface TcpProxy {
  /** The local port to connect to instead of the target's. */
  readonly port: number;
  /** Drops every open connection and refuses new ones, as a stopped server does. */
  cut(): Promise<void>;
  /** Cuts as soon as a client sends something (a statement in flight); resolves once cut. */
  cutOnNextRequest(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Stops it for good. */
  close(): Promise<void>;
}

/** Starts a proxy on a free local port that forwards every connection to 127.0.0.1:targetPort. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  let port = 0;
  let server: Server | undefined;
  let armed: (() => void) | undefined;
  const listen = async (): Promise<void> => {
    const next = createServer((client) => {
      accepted += 1;
      const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        // A reset on one side ends the other; the error itself is the point of the test, not a failure of the proxy.
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.on('data', () => armed?.());
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve());
    });
    port = (next.address() as { port: number }).port;
    server = next;
  };
  const stop = async (): Promise<void> => {
    const current = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  };
  await listen();
  return {
    get port() {
      return port;
    },
    get accepted() {
      return accepted;
    },
    cut: stop,
    cutOnNextRequest: () =>
      new Promise<void>((resolve) => {
        armed = () => {
          armed = undefined;
          void stop().then(resolve);
        };
      }),
    restore: listen,
    close: stop,
  };
}
