import { createServer } from 'node:net';

/** A free local port, found by listening on port 0 and closing again. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A local port nothing listens on (one the system just handed out and that was closed again): connections are refused. */
export async function closedPort(): Promise<number> {
  return freePort();
}
