import { describe, expect, it } from 'vitest';
import { createScrubber } from '../src/logger.ts';
import { captureLog } from './support/captureLog.ts';

describe('the process logger', () => {
  it('replaces configured secret values wherever they appear, even inside other text', () => {
    const { logger, text } = captureLog('info', ['s3cret-signing-value', 'MTIz.discord.token-value', undefined]);
    logger.info({ note: 'key=s3cret-signing-value;' }, 'connecting with MTIz.discord.token-value');
    expect(text()).not.toMatch(/s3cret-signing-value|MTIz\.discord\.token-value/);
    expect(text()).toContain('key=[redacted];');
  });

  it('redacts credential fields and the request configs that HTTP client errors carry', () => {
    const { logger, lines } = captureLog('info');
    const err = Object.assign(new Error('Request failed with status code 500'), {
      config: { url: 'https://example.org/x', headers: { Authorization: 'Bearer abc' } },
      original: { config: { headers: { Authorization: 'Bearer def' } } },
    });
    logger.error({ err, slack: { botToken: 'b', appToken: 'a', signingSecret: 's' }, headers: { authorization: 'x', cookie: 'c' }, token: 't' }, 'failed');
    const [line] = lines();
    expect(line).toMatchObject({
      err: { message: 'Request failed with status code 500', config: '[redacted]', original: { config: '[redacted]' } },
      slack: { botToken: '[redacted]', appToken: '[redacted]', signingSecret: '[redacted]' },
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
      token: '[redacted]',
    });
  });

  it('scrubs token shapes it was not told about: Slack tokens, Authorization values, Discord interaction URLs, Slack response URLs, socket tickets', () => {
    const scrub = createScrubber();
    expect(scrub('xoxb-1234-5678-abcdef and xapp-1-A0-99-ff and xoxp-9-9')).toBe('[redacted] and [redacted] and [redacted]');
    expect(scrub('Authorization: Bot MTA5OTk5.GhIjKl.abcdefghijklmnopqrstu')).toBe('Authorization: Bot [redacted]');
    expect(scrub('"url":"https://discord.com/api/v10/interactions/1234/aW50ZXJhY3Rpb24tdG9rZW4/callback"')).toBe('"url":"https://discord.com/api/v10/interactions/1234/[redacted]/callback"');
    expect(scrub('/webhooks/1234/tok-en.xyz/messages/@original')).toBe('/webhooks/1234/[redacted]/messages/@original');
    expect(scrub('"https://hooks.slack.com/commands/T1/2/abc"')).toBe('"https://hooks.slack.com/[redacted]"');
    expect(scrub('wss://wss-primary.slack.com/link/?ticket=abc-123&app_id=A1')).toBe('wss://wss-primary.slack.com/link/?ticket=[redacted]&app_id=A1');
  });

  it('scrubs the token of an interaction or webhook URL whatever its id looks like', () => {
    const scrub = createScrubber();
    expect(scrub('/api/v10/interactions/not-a-snowflake/aW50ZXJhY3Rpb24/callback')).toBe('/api/v10/interactions/not-a-snowflake/[redacted]/callback');
    expect(scrub('"url":"/webhooks/abc%20def/tok.en/messages/@original"')).toBe('"url":"/webhooks/abc%20def/[redacted]/messages/@original"');
  });

  it('scrubs a secret with a line break inside as written, escaped once or twice, and each of its halves', () => {
    const secret = 'MTIzNDU2.first-half\nsecond-half';
    const scrub = createScrubber([secret]);
    expect(scrub(`raw ${secret} end`)).toBe('raw [redacted] end');
    expect(scrub(JSON.stringify({ m: `x ${secret}` }))).toBe('{"m":"x [redacted]"}');
    expect(scrub(JSON.stringify({ m: JSON.stringify({ t: secret }) }))).not.toMatch(/first-half|second-half/);
    expect(scrub('at line one: MTIzNDU2.first-half')).toBe('at line one: [redacted]');
    expect(scrub('second-half, on a line of its own')).toBe('[redacted], on a line of its own');
  });

  it("logs a failed Discord request's route and status, never its body (the answer, and the question in it)", () => {
    const { logger, lines } = captureLog('info');
    const err = Object.assign(new Error('Invalid Form Body'), {
      method: 'POST',
      url: 'https://discord.com/api/v10/interactions/1234/aW50ZXJhY3Rpb24tdG9rZW4/callback',
      status: 400,
      code: 50035,
      requestBody: { files: undefined, json: { type: 4, data: { embeds: [{ title: 'Who abstained in the UN vote?' }] } } },
    });
    logger.error({ err }, 'discord command failed');
    const [line] = lines();
    expect(line).toMatchObject({ err: { status: 400, code: 50035, method: 'POST', requestBody: '[redacted]' } });
    expect(JSON.stringify(line)).not.toContain('abstained');
    expect(JSON.stringify(line)).not.toContain('aW50ZXJhY3Rpb24tdG9rZW4');
  });

  it('leaves ordinary lines alone', () => {
    const scrub = createScrubber(['xyz-secret']);
    const line = '{"msg":"slack: ready","mode":"http","port":3000,"text":"Bot maintenance tonight"}';
    expect(scrub(line)).toBe(line);
  });
});
