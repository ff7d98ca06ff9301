import { describe, expect, it } from 'vitest';
import { firstJsonValue } from '../../bench/spawnTiming.ts';

describe('firstJsonValue', () => {
  it('reads a one-line JSON value before the rest of a batch', () => {
    expect(firstJsonValue('{"answered":true}\n{"answered":false')).toEqual({ answered: true });
  });
  it('reads pretty-printed JSON only once it is complete', () => {
    expect(firstJsonValue('{\n  "answered": true,\n')).toBeUndefined();
    expect(firstJsonValue('{\n  "answered": true\n}\n')).toEqual({ answered: true });
  });
  it('waits for a newline and ignores text that is not JSON', () => {
    expect(firstJsonValue('{"answered":true}')).toBeUndefined();
    expect(firstJsonValue('usage: isf ask\n')).toBeUndefined();
  });
});
