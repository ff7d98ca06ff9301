import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AdapterState } from '../adapters/types.ts';
import type { StoreHealth } from '../store/types.ts';
import { VERSION } from '../version.ts';

/** What the health endpoints report on, read afresh on every request. */
export interface HealthSource {
  /** The index answering now. */
  corpus(): { documents: number; passages: number; dir: string };
  /** Every configured adapter and its state. */
  adapters(): readonly { name: string; state: AdapterState }[];
  /** True once shutdown has begun: the bot is draining and no longer ready. */
  stopping(): boolean;
  /** How the store is doing; a store that is down does not make the bot unready (it answers on fallbacks). */
  store?(): StoreHealth;
}

/** The body of GET /healthz: the process is alive (always 200), with what it serves. */
interface LivenessBody {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
  corpus: CorpusFacts;
  adapters: Record<string, AdapterState>;
  /** Memory of the process in MB: resident set, V8 heap in use, and outside the heap (buffers). */
  memory: { rssMb: number; heapUsedMb: number; externalMb: number };
}

/** What the health bodies say of the corpus; `dir` (an absolute path on this host) only where the port is private. */
interface CorpusFacts {
  documents: number;
  passages: number;
  dir?: string;
}

/** Where a health request is answered: HEALTH_PORT (private) or beside /slack/events on PORT (open to the internet). */
export interface HealthExposure {
  /** Show the corpus folder's absolute path; default true. False on the public Slack port: it tells an attacker the host's layout. */
  showCorpusDir?: boolean;
}

/** The body of GET /readyz: 200 when the index is built and every adapter is connected, else 503. */
interface ReadinessBody {
  ready: boolean;
  version: string;
  corpus: CorpusFacts;
  adapters: Record<string, AdapterState>;
  /** The store: engine, up, failures since start, writes waiting for the database. */
  store?: StoreHealth;
}

/** The two health paths. */
const HEALTH_PATHS = { liveness: '/healthz', readiness: '/readyz' } as const;

/** Builds the /healthz body. */
function liveness(source: HealthSource, exposure: HealthExposure = {}): LivenessBody {
  return { status: 'ok', version: VERSION, uptimeSeconds: Math.round(process.uptime()), corpus: corpusFacts(source, exposure), adapters: adapterStates(source), memory: memoryUse() };
}

/** Builds the /readyz body. */
function readiness(source: HealthSource, exposure: HealthExposure = {}): ReadinessBody {
  const corpus = corpusFacts(source, exposure);
  const adapters = adapterStates(source);
  const ready = !source.stopping() && corpus.passages > 0 && Object.values(adapters).every((state) => state === 'connected');
  const store = source.store?.();
  return { ready, version: VERSION, corpus, adapters, ...(store && { store }) };
}

/** Answers GET /healthz or /readyz with JSON; returns false (answering nothing) for any other path. */
export function handleHealthRequest(req: IncomingMessage, res: ServerResponse, source: HealthSource, exposure: HealthExposure = {}): boolean {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === HEALTH_PATHS.liveness) {
    sendJson(req, res, 200, liveness(source, exposure));
    return true;
  }
  if (path === HEALTH_PATHS.readiness) {
    const body = readiness(source, exposure);
    sendJson(req, res, body.ready ? 200 : 503, body);
    return true;
  }
  return false;
}

/**
 * The health endpoints as routes of Bolt's HTTP receiver (`customRoutes`), beside /slack/events on PORT. That port
 * faces the internet, so the corpus folder's path is left out there (HEALTH_PORT shows it).
 */
export function healthRoutes(source: HealthSource): { path: string; method: string[]; handler: (req: IncomingMessage, res: ServerResponse) => void }[] {
  const handler = (req: IncomingMessage, res: ServerResponse): void => void handleHealthRequest(req, res, source, { showCorpusDir: false });
  return Object.values(HEALTH_PATHS).map((path) => ({ path, method: ['GET', 'HEAD'], handler }));
}

function corpusFacts(source: HealthSource, exposure: HealthExposure): CorpusFacts {
  const { documents, passages, dir } = source.corpus();
  return exposure.showCorpusDir === false ? { documents, passages } : { documents, passages, dir };
}

const MB = 2 ** 20;

function memoryUse(): LivenessBody['memory'] {
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rssMb: Math.round(rss / MB), heapUsedMb: Math.round(heapUsed / MB), externalMb: Math.round(external / MB) };
}

function adapterStates(source: HealthSource): Record<string, AdapterState> {
  return Object.fromEntries(source.adapters().map((a) => [a.name, a.state]));
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(req.method === 'HEAD' ? undefined : text);
}
