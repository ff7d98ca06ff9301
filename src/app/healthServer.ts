import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleHealthRequest, type HealthSource } from './health.ts';
import type { ReportHandler } from './reportRoute.ts';

/** A running health server. */
export interface HealthServer {
  /** The port it listens on (the one asked for, or the one picked for port 0). */
  readonly port: number;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/**
 * Serves GET /healthz and /readyz on their own port (HEALTH_PORT), for when Slack's HTTP receiver does not run,
 * and /report when a report handler is given (REPORT_TOKEN set). Any other path is 404, any other method 405; both as JSON.
 */
export async function startHealthServer(port: number, source: HealthSource, report?: ReportHandler): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD' }).end('{"error":"method not allowed"}');
      return;
    }
    if (report?.(req, res)) return;
    if (!handleHealthRequest(req, res, source)) res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  // Probes come often and from few clients: no need to hold their connections open.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
