import { describe, expect, it } from 'vitest';
import { labelValueProblem, qualifiedNameProblem } from './fast-names';
import { checkLabelValue, checkQualifiedName } from './names';

const KEYS = [
  '',
  'a',
  'app',
  'App_Name.v2',
  'app.kubernetes.io/name',
  'example.com/Name',
  'Example.com/name',
  '/name',
  'example.com/',
  'a/b/c',
  '-a',
  'a-',
  'a b',
  `${'a'.repeat(63)}`,
  `${'a'.repeat(64)}`,
  `${'p'.repeat(70)}.com/x`,
  `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}/name`,
  `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}/name`,
  `example.com/${'n'.repeat(63)}`,
  `example.com/${'n'.repeat(64)}`,
];
const VALUES = ['', 'a', 'web', 'v1.2.3', 'A_b-C.d', '-a', 'a-', 'a b', 'a/b', 'x'.repeat(63), 'x'.repeat(64)];

describe('fast name checks agree with the detailed ones', () => {
  it.each(KEYS)('qualified name %j', (key) => expect(qualifiedNameProblem(key)).toBe(checkQualifiedName(key)));
  it.each(VALUES)('label value %j', (value) => expect(labelValueProblem(value)).toBe(checkLabelValue(value)));
});
