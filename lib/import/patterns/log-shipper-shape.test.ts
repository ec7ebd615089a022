import { describe, expect, it } from 'vitest';
import { parseFluentBitArgs } from './log-shipper-shape';

describe('parseFluentBitArgs', () => {
  it('reads the tail input, the output and their properties', () => {
    expect(parseFluentBitArgs(['-i', 'tail', '-p', 'path=/logs/*.log', '-p', 'a=b=c', '-o', 'forward', '-p', 'host=fluentd'])).toEqual({
      tail: [
        ['path', '/logs/*.log'],
        ['a', 'b=c'],
      ],
      output: 'forward',
      outputProperties: [['host', 'fluentd']],
    });
  });

  it.each([
    ['no arguments', undefined],
    ['not a list', '-i tail'],
    ['a number among them', ['-i', 'tail', '-o', 1]],
    ['another input', ['-i', 'cpu', '-o', 'stdout']],
    ['no output', ['-i', 'tail', '-p', 'path=/x']],
    ['an output without a name', ['-i', 'tail', '-o']],
    ['a property without =', ['-i', 'tail', '-p', 'path', '-o', 'stdout']],
    ['a property with an empty key', ['-i', 'tail', '-p', '=x', '-o', 'stdout']],
    ['something after the output', ['-i', 'tail', '-o', 'stdout', '-f', '1']],
  ])('refuses %s', (_name, args) => {
    expect(parseFluentBitArgs(args as never)).toBeUndefined();
  });
});
