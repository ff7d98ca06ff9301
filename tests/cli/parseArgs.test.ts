import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/parseArgs.ts';

describe('parseArgs', () => {
  it('reads the command, its words and the options in any order', () => {
    expect(parseArgs(['ask', 'What', 'is', '--json', 'the ISF?', '--corpus', 'dir'])).toEqual({
      command: 'ask',
      text: 'What is the ISF?',
      options: { json: true, corpus: 'dir' },
    });
  });

  it('defaults to help without arguments', () => {
    expect(parseArgs([])).toEqual({ command: 'help', text: '', options: {} });
  });

  it('reads --corpus=DIR, -h, --help and --version', () => {
    expect(parseArgs(['status', '--corpus=some/dir']).options.corpus).toBe('some/dir');
    expect(parseArgs(['ask', '-h']).options.help).toBe(true);
    expect(parseArgs(['--help']).options.help).toBe(true);
    expect(parseArgs(['--version']).options).toEqual({ version: true });
  });

  it('takes everything after -- as words, even options', () => {
    expect(parseArgs(['ask', '--', '--json', 'is', 'text'])).toMatchObject({ command: 'ask', text: '--json is text', options: {} });
  });

  it('rejects an unknown option anywhere: before the command, after it, between words', () => {
    expect(() => parseArgs(['--verbose', 'ask'])).toThrow(/^unknown option --verbose$/);
    expect(() => parseArgs(['ask', 'x', '--jsn'])).toThrow(/^unknown option --jsn$/);
    expect(() => parseArgs(['ask', 'what', '--about-this', 'story'])).toThrow(UsageError);
    expect(() => parseArgs(['ask', 'x', '-j'])).toThrow(/^unknown option -j$/);
    expect(() => parseArgs(['ask', 'x', '--jsn=1'])).toThrow(/^unknown option --jsn$/);
  });

  it('keeps words that only start with a dash and no letter, such as a negative number', () => {
    expect(parseArgs(['ask', 'is', 'it', '-5', 'degrees', '-']).text).toBe('is it -5 degrees -');
  });

  it('rejects an option without its value, and a value given to a flag', () => {
    expect(() => parseArgs(['status', '--corpus'])).toThrow(/^--corpus needs a value: --corpus DIR$/);
    expect(() => parseArgs(['status', '--corpus', ''])).toThrow(UsageError);
    expect(() => parseArgs(['status', '--json=yes'])).toThrow(/^--json takes no value$/);
  });

  it('reads the options a caller declares (a subcommand of its own)', () => {
    expect(parseArgs(['report', '--since', '2025-01-01'], [{ name: 'since', value: 'DATE' }]).options).toEqual({ since: '2025-01-01' });
  });
});
