import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kubernetesTags } from './kubernetes-tags';

const read = (text: string): unknown => parse(text, { version: '1.1', customTags: kubernetesTags, merge: false });

describe('kubernetesTags for the yaml package', () => {
  it.each([
    ['yes', true],
    ['off', false],
    ['~', null],
    ['0755', 493],
    ['0o17', 15],
    ['1e3', 1000],
    ['1:20', '1:20'],
    ['2001-12-14', '2001-12-14'],
    ['.', '.'],
    ['e3', 'e3'],
    ['"yes"', 'yes'],
    ['!!str 0755', '0755'],
    ['!!int "12"', 12],
    ['!!float 12', 12],
    ['!!bool "on"', true],
    ['!!timestamp 2001-12-14', '2001-12-14'],
    ['!!binary aGVsbG8=', 'hello'],
  ])('reads %s as %j', (source, value) => {
    expect(read(`v: ${source}`)).toEqual({ v: value });
  });

  it('keeps << as a plain key (the converter applies merges)', () => {
    expect(read('<<: 1')).toEqual({ '<<': 1 });
  });
});
