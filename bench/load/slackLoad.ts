import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { signSlackRequest, type AppResponse, type FakeSlack, type ResponsePost } from '../../tests/adapters/slack/fakeSlack.ts';
import { runPool, summarize } from './stats.ts';
import { classifyReplyText, noErrors, type RunResult } from './types.ts';

/** One Slack load: N signed `/isf ask` slash commands at the bot's `/slack/events`, C at a time. */
export interface SlackLoadOptions {
  label: string;
  /** The bot's events URL (`http://127.0.0.1:PORT/slack/events`). */
  eventsUrl: string;
  questions: readonly string[];
  requests: number;
  concurrency: number;
  /** Distinct user ids the requests cycle through (all distinct by default: no per-user limit applies). */
  users: number;
  /** Slack's acknowledgement window, ms. */
  ackTimeoutMs: number;
  /** How long to wait for the last answers after the last acknowledgement, ms. */
  settleMs: number;
}

/** A Slack-style user id for the i-th simulated user. */
export function slackUserId(index: number): string {
  return `U${index.toString(36).toUpperCase().padStart(9, '0')}`;
}

/**
 * Sends the slash commands through the fake Slack (signed, form-encoded, each with its own response_url),
 * times each acknowledgement (the HTTP 200), then waits for every acknowledged command's answer at its
 * response_url and checks that it is not an apology or a rate-limit notice.
 */
export async function runSlackLoad(fake: FakeSlack, options: SlackLoadOptions): Promise<RunResult> {
  const errors = noErrors();
  const latencies: number[] = [];
  const awaited = new Set<string>();
  const received = new Map<string, ResponsePost>();
  let cursor = fake.responses.length;
  const collect = (): void => {
    for (; cursor < fake.responses.length; cursor++) {
      const post = fake.responses[cursor]!;
      if (!received.has(post.id)) received.set(post.id, post);
    }
  };

  // Node's own HTTP client with keep-alive, one socket per concurrent request: far less CPU than fetch, so the
  // load generator does not compete with the bot for the machine more than it must.
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const started = performance.now();
  await runPool(options.requests, options.concurrency, async (index) => {
    const question = options.questions[index % options.questions.length]!;
    const { id, url } = fake.newResponseUrl();
    const fields = fake.slashCommandFields(`ask ${question}`, { responseUrl: url, userId: slackUserId(index % options.users) });
    const outcome = await withTimeout(postSigned(agent, options.eventsUrl, new URLSearchParams(fields).toString()), options.ackTimeoutMs);
    if (outcome === 'timeout' || outcome instanceof Error) {
      errors.timeouts += 1;
      return;
    }
    if (outcome.status !== 200) {
      errors.badStatus += 1;
      return;
    }
    latencies.push(outcome.ms);
    awaited.add(id);
  });

  // Every acknowledged command must get its answer; wait until all have, or until the run has settled.
  try {
    await fake.waitFor(
      () => {
        collect();
        return received.size >= awaited.size && [...awaited].every((id) => received.has(id));
      },
      'every answer at its response_url',
      options.settleMs,
    );
  } catch {
    collect();
  }
  const wallMs = performance.now() - started;
  agent.destroy();

  let replies = 0;
  for (const id of awaited) {
    const post = received.get(id);
    if (!post) {
      errors.missingReplies += 1;
      continue;
    }
    replies += 1;
    const kind = classifyReplyText(shownText(post.body));
    if (kind === 'apology') errors.apologies += 1;
    else if (kind === 'throttled') errors.throttled += 1;
    else if (kind === 'busy') errors.busy += 1;
  }
  return { label: options.label, requests: options.requests, acked: latencies.length, replies, latency: summarize(latencies), wallMs, errors };
}

/** The text a Slack message shows, without the context line that repeats the user's question. */
function shownText(body: Record<string, unknown>): string {
  const parts: string[] = [typeof body.text === 'string' && !Array.isArray(body.blocks) ? body.text : ''];
  for (const block of (Array.isArray(body.blocks) ? body.blocks : []) as { type?: string; text?: { text?: string }; elements?: { text?: unknown }[] }[]) {
    if (block.text?.text) parts.push(block.text.text);
    for (const element of block.elements ?? []) {
      if (typeof element.text === 'string' && !/^(Question|Search):/.test(element.text)) parts.push(element.text);
    }
  }
  return parts.join('\n');
}

/** Posts a form-encoded body signed as Slack signs it (the fake's signature), timing it to the end of the response. */
function postSigned(agent: Agent, url: string, body: string): Promise<AppResponse> {
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signSlackRequest(body, timestamp),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The value of a promise, its error, or 'timeout' when it takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | Error | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'timeout'>((done) => {
    timer = setTimeout(done, ms, 'timeout');
  });
  try {
    return await Promise.race([promise.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))), late]);
  } finally {
    clearTimeout(timer);
  }
}
