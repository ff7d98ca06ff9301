import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Sends a message to a slash command's response_url. */
export type ResponsePoster = (responseUrl: string, message: Record<string, unknown>) => Promise<void>;

/** Thrown when Slack does not take a message posted to a response_url (expired, rate limited). */
export class ResponseUrlError extends Error {
  override name = 'ResponseUrlError';
}

/**
 * Posts JSON to response_urls with node's HTTP client over kept-alive connections. Bolt's `respond` does
 * the same through `fetch`, which costs several times the CPU per message; under a burst of slash commands
 * that CPU is taken from the acknowledgements of the requests still arriving.
 */
export function createResponsePoster(): ResponsePoster & { close(): void } {
  // A few kept-alive sockets suffice (Slack answers quickly); opening one per answer in a burst would flood both ends.
  const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 8 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 8 }) };
  const post: ResponsePoster = (responseUrl, message) =>
    new Promise<void>((resolve, reject) => {
      const url = new URL(responseUrl);
      const secure = url.protocol === 'https:';
      const body = JSON.stringify(message);
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          agent: secure ? agents.https : agents.http,
          headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
          timeout: 10_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve();
            else reject(new ResponseUrlError(`Failed to respond to the response_url: ${status} ${res.statusMessage ?? ''}`.trim()));
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new ResponseUrlError('response_url did not answer within 10 s')));
      req.on('error', reject);
      req.end(body);
    });
  return Object.assign(post, {
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  });
}
