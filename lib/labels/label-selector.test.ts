import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PodsmithUsageError } from '../errors';
import { LabelSelector } from './label-selector';
import { SelectorSyntaxError } from './selector-syntax-error';

/** Pods of the study notes' `kubectl get po -l` examples, and a few more. */
const PODS: Record<string, Record<string, string>> = {
  nginx: { creation_method: 'manual', env: 'dev' },
  'simple-pod': { creation_method: 'manual', env: 'prd' },
  unlabeled: {},
  'pod-a': { env: 'a' },
  'pod-b': { env: 'b' },
};

function selected(selector: LabelSelector): string[] {
  return Object.keys(PODS).filter((name) => selector.matches(PODS[name]));
}

describe('LabelSelector.parse, as kubectl get -l', () => {
  it.each([
    ['creation_method=manual', ['nginx', 'simple-pod'], { matchLabels: { creation_method: 'manual' } }],
    ['env', ['nginx', 'simple-pod', 'pod-a', 'pod-b'], { matchExpressions: [{ key: 'env', operator: 'Exists' }] }],
    ['!env', ['unlabeled'], { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }],
    ['env=dev', ['nginx'], { matchLabels: { env: 'dev' } }],
    ['env!=prd', ['nginx', 'unlabeled', 'pod-a', 'pod-b'], { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prd'] }] }],
    ['env in (a,b)', ['pod-a', 'pod-b'], { matchExpressions: [{ key: 'env', operator: 'In', values: ['a', 'b'] }] }],
    ['env notin (a)', ['nginx', 'simple-pod', 'unlabeled', 'pod-b'], { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['a'] }] }],
    ['creation_method=manual,env!=prd', ['nginx'], { matchLabels: { creation_method: 'manual' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prd'] }] }],
    ['', Object.keys(PODS), {}],
  ])('%j', (text, pods, json) => {
    const selector = LabelSelector.parse(text);
    expect(selected(selector)).toEqual(pods);
    expect(selector.toJson()).toEqual(json);
    expect(selector.toString()).toBe(text);
    expect(selector.isEmpty).toBe(text === '');
  });

  it('matches an object without labels', () => {
    expect(LabelSelector.parse('!env').matches()).toBe(true);
    expect(LabelSelector.parse('env').matches()).toBe(false);
  });

  it('writes the API form of a mixed selector deterministically', () => {
    const selector = LabelSelector.parse('tier in (b,a), env=dev, !canary, app');
    expect(selector.toJson()).toEqual({
      matchLabels: { env: 'dev' },
      matchExpressions: [
        { key: 'app', operator: 'Exists' },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'tier', operator: 'In', values: ['a', 'b'] },
      ],
    });
    expect(JSON.stringify(selector)).toBe(JSON.stringify(selector.toJson()));
    expect(selector.resolve()).toEqual(selector.toJson());
    expect(selector.toString()).toBe('app,!canary,env=dev,tier in (a,b)');
  });

  it('throws a SelectorSyntaxError with the column', () => {
    expect(() => LabelSelector.parse('env in (a')).toThrow(SelectorSyntaxError);
    expect(() => LabelSelector.parse('env in (a')).toThrow(`invalid label selector "env in (a": expected ')' at column 10`);
  });

  it('parses > and < but refuses to write them in the API form', () => {
    const selector = LabelSelector.parse('replicas>1');
    expect(selector.matches({ replicas: '3' })).toBe(true);
    expect(selector.toString()).toBe('replicas>1');
    expect(() => selector.toJson()).toThrow("'replicas>1' cannot be written in an object's selector");
  });
});

describe('LabelSelector.of, the API form', () => {
  it('selects everything when empty', () => {
    const selector = LabelSelector.of({});
    expect([selector.isEmpty, selector.toString(), selector.toJson(), selector.matches({ a: 'b' })]).toEqual([true, '', {}, true]);
  });

  it('keeps what was written and prints kubectl syntax', () => {
    const selector = LabelSelector.of({
      matchLabels: { tier: 'front', app: 'web' },
      matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prd', 'dev'] }],
    });
    expect(selector.toString()).toBe('app=web,env notin (dev,prd),tier=front');
    expect(selector.toJson()).toEqual({
      matchLabels: { app: 'web', tier: 'front' },
      matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prd', 'dev'] }],
    });
    expect(selector.matches({ app: 'web', tier: 'front' })).toBe(true);
    expect(selector.matches({ app: 'web', tier: 'front', env: 'dev' })).toBe(false);
    expect(selector.requirements.map((r) => r.key)).toEqual(['app', 'env', 'tier']);
  });

  it.each([
    [{ matchExpressions: [{ key: 'env', operator: 'In' }] }, "LabelSelector.of: matchExpressions[0].values: must be specified when operator is 'In'; list at least one value"],
    [{ matchExpressions: [{ key: 'env', operator: 'Equals', values: ['a'] }] }, "LabelSelector.of: matchExpressions[0].operator: 'Equals' is not a selector operator"],
    [{ matchLabels: { app: 'a b' }, matchExpressions: [{ key: 'x', operator: 'Exists', values: ['y'] }] }, '(and 1 more: matchExpressions[0].values: may not be specified'],
  ])('refuses %j', (json, message) => {
    expect(() => LabelSelector.of(json)).toThrow(PodsmithUsageError);
    expect(() => LabelSelector.of(json)).toThrow(message);
  });
});

describe('round trips', () => {
  const key = fc.constantFrom('app', 'env', 'tier', 'example.com/role');
  const value = fc.constantFrom('', 'a', 'b', 'dev', 'in');
  const requirement = fc.oneof(
    fc.tuple(key, fc.constantFrom('=', '==', '!='), value).map(([k, op, v]) => `${k}${op}${v}`),
    // Set values are not empty here: apimachinery refuses some empty entries, such as '(a,,)'.
    fc.tuple(key, fc.constantFrom('in', 'notin'), fc.array(value.filter((v) => v !== ''), { minLength: 1, maxLength: 3 })).map(
      ([k, op, vs]) => `${k} ${op} (${vs.join(',')})`,
    ),
    key.map((k) => `${k} in ()`),
    key,
    key.map((k) => `!${k}`),
  );
  const selectorText = fc.array(requirement, { maxLength: 4 }).map((parts) => parts.join(','));
  const labels = fc.dictionary(key, value, { maxKeys: 4 });

  it('parse, toString and the API form select the same objects', () => {
    fc.assert(
      fc.property(selectorText, fc.array(labels, { minLength: 1, maxLength: 5 }), (text, objects) => {
        const parsed = LabelSelector.parse(text);
        const reparsed = LabelSelector.parse(parsed.toString());
        const fromJson = LabelSelector.of(parsed.toJson());
        expect(reparsed.toString()).toBe(parsed.toString());
        for (const object of objects) {
          expect(reparsed.matches(object)).toBe(parsed.matches(object));
          expect(fromJson.matches(object)).toBe(parsed.matches(object));
        }
      }),
      { numRuns: 300 },
    );
  });
});
