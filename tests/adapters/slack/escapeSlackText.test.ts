import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapedLength, escapeSlackText, unescapeSlackText } from '../../../src/adapters/slack/escapeSlackText.ts';

describe('escapeSlackText', () => {
  it('turns broadcast and user mentions into harmless text', () => {
    expect(escapeSlackText('<!everyone> <!channel> <!here> <@U123> & co')).toBe('&lt;!everyone&gt; &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &amp; co');
  });

  it('escapes an ampersand before the brackets, so escaping is never undone by accident', () => {
    expect(escapeSlackText('&lt;')).toBe('&amp;lt;');
  });

  it('is undone by unescapeSlackText, for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => unescapeSlackText(escapeSlackText(text)) === text));
  });

  it('measures the escaped length without escaping', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '&', '<', '>', ' ', 'é', '😀') }), (text) => escapedLength(text) === escapeSlackText(text).length));
  });
});

describe('unescapeSlackText', () => {
  it('reads what the user typed from Slack-escaped text', () => {
    expect(unescapeSlackText('a &lt; b &amp;&amp; c &gt; d')).toBe('a < b && c > d');
  });
});
