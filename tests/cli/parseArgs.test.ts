import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/parseArgs.ts';

describe('parseArgs', () => {
  it('reads the command, its words and the flags in any order', () => {
    expect(parseArgs(['ask', 'What', 'is', '--json', 'the ISF?', '--corpus', 'dir'])).toEqual({
      command: 'ask',
      text: 'What is the ISF?',
      json: true,
      help: false,
      corpus: 'dir',
    });
  });

  it('defaults to help without arguments', () => {
    expect(parseArgs([])).toEqual({ command: 'help', text: '', json: false, help: false });
  });

  it('reads --corpus=DIR', () => {
    expect(parseArgs(['status', '--corpus=some/dir']).corpus).toBe('some/dir');
  });

  it('reads -h and --help', () => {
    expect(parseArgs(['ask', '-h']).help).toBe(true);
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it('takes everything after -- as words, even flags', () => {
    expect(parseArgs(['ask', '--', '--json', 'is', 'text'])).toMatchObject({ command: 'ask', text: '--json is text', json: false });
  });

  it('rejects an unknown option before the command', () => {
    expect(() => parseArgs(['--verbose', 'ask'])).toThrow(UsageError);
    expect(() => parseArgs(['--verbose'])).toThrow(/unknown option --verbose/);
  });

  it('keeps a dashed word after the command as part of the question', () => {
    expect(parseArgs(['ask', 'what', '--about-this']).text).toBe('what --about-this');
  });

  it('rejects --corpus without a folder', () => {
    expect(() => parseArgs(['status', '--corpus'])).toThrow(/--corpus needs a folder/);
    expect(() => parseArgs(['status', '--corpus', ''])).toThrow(UsageError);
  });
});
