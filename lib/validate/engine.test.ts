import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic';
import { ValidationEngine } from './engine';
import type { ObjectRule, PodRule, PodSite } from './rule';
import { FIXTURE_SCHEMA } from './schema/fixture-schema';

const widget = (spec: Record<string, unknown> = {}, metadata: Record<string, unknown> = { name: 'w' }) => ({
  apiVersion: 'example.io/v1',
  kind: 'Widget',
  metadata,
  spec: { required: 'x', laterRequired: 'y', ...spec },
});

function engine(options: { objectRules?: ObjectRule[]; podRules?: PodRule[]; strictKinds?: boolean; version?: string } = {}): ValidationEngine {
  return new ValidationEngine({
    schema: FIXTURE_SCHEMA,
    version: options.version ?? '1.30',
    objectRules: options.objectRules ?? [],
    podRules: options.podRules ?? [],
    strictKinds: options.strictKinds ?? false,
  });
}

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.objectIndex, d.severity, d.ruleId, d.fieldPath]);

describe('ValidationEngine', () => {
  it('accepts nothing and valid objects silently', () => {
    expect(engine().validate([])).toEqual([]);
    expect(engine().validate([widget(), widget({}, { name: 'other' })])).toEqual([]);
  });

  it('reports values that are not objects', () => {
    expect(summary(engine().validate([null, 'text', [1], 3]))).toEqual([
      [0, 'error', 'schema/type', ''],
      [1, 'error', 'schema/type', ''],
      [2, 'error', 'schema/type', ''],
      [3, 'error', 'schema/type', ''],
    ]);
  });

  it('requires apiVersion and kind as strings', () => {
    expect(summary(engine().validate([{}, { apiVersion: 1, kind: 'Widget' }, { apiVersion: 'example.io/v1', kind: '' }]))).toEqual([
      [0, 'error', 'schema/required-field', 'apiVersion'],
      [0, 'error', 'schema/required-field', 'kind'],
      [1, 'error', 'schema/type', 'apiVersion'],
      [2, 'error', 'schema/required-field', 'kind'],
    ]);
  });

  it('skips custom resources with a notice, or an error when kinds are strict', () => {
    const custom = { apiVersion: 'stable.example.com/v1', kind: 'CronTab', spec: { anything: true } };
    expect(summary(engine().validate([custom]))).toEqual([[0, 'info', 'schema/unknown-kind', 'kind']]);
    expect(summary(engine({ strictKinds: true }).validate([custom]))).toEqual([[0, 'error', 'schema/unknown-kind', 'kind']]);
  });

  it('rejects unknown kinds of built-in groups and kinds the target does not serve', () => {
    const diagnostics = engine().validate([
      { apiVersion: 'example.io/v1beta1', kind: 'Widget' },
      { apiVersion: 'v1', kind: 'Widget' },
      { apiVersion: 'apps/v1', kind: 'Whatever' },
    ]);
    expect(summary(diagnostics)).toEqual([
      [0, 'error', 'schema/kind-not-in-version', 'apiVersion'],
      [1, 'error', 'schema/unknown-kind', 'apiVersion'],
      [2, 'error', 'schema/unknown-kind', 'kind'],
    ]);
    expect(diagnostics[0].message).toBe('Widget in example.io/v1beta1 is served by Kubernetes 1.28, not by the target 1.30');
    expect(diagnostics[0].hint).toBe('use apiVersion example.io/v1');
  });

  it('runs the object rules of the kind after the schema, in order', () => {
    const seen: string[] = [];
    const rules: ObjectRule[] = [
      { id: 'test/all', check: (o, ctx) => ctx.report({ fieldPath: 'metadata', message: `all ${String(o.kind)}` }) },
      { id: 'test/gadget', kinds: ['Gadget'], check: () => seen.push('gadget') },
      { id: 'test/widget', kinds: ['Widget'], check: (_o, ctx) => ctx.report({ fieldPath: 'spec', message: 'w', severity: 'warning', ruleId: 'test/precise', hint: 'h' }) },
    ];
    const diagnostics = engine({ objectRules: rules }).validate([widget({ replicas: 'x' })]);
    expect(summary(diagnostics)).toEqual([
      [0, 'error', 'schema/type', 'spec.replicas'],
      [0, 'error', 'test/all', 'metadata'],
      [0, 'warning', 'test/precise', 'spec'],
    ]);
    expect(diagnostics[2]).toEqual({ severity: 'warning', ruleId: 'test/precise', fieldPath: 'spec', message: 'w', hint: 'h', objectIndex: 0 });
    expect(seen).toEqual([]);
  });

  it('reports a rule that throws as a bug, and goes on', () => {
    const rules: ObjectRule[] = [
      { id: 'test/crash', check: () => { throw new Error('boom'); } },
      { id: 'test/after', check: (_o, ctx) => ctx.report({ fieldPath: '', message: 'still runs' }) },
    ];
    const diagnostics = engine({ objectRules: rules }).validate([widget()]);
    expect(summary(diagnostics)).toEqual([
      [0, 'error', 'internal/rule-crashed', ''],
      [0, 'error', 'test/after', ''],
    ]);
    expect(diagnostics[0].message).toBe('rule test/crash crashed: boom');
  });

  it('reports objects that share kind, namespace and name, on the later one', () => {
    const diagnostics = engine().validate([
      widget(),
      widget({}, { name: 'w', namespace: 'a' }),
      widget(),
      { apiVersion: 'example.io/v1beta1', kind: 'Widget', metadata: { name: 'w' } },
      { apiVersion: 'other.io/v1', kind: 'Widget', metadata: { name: 'w' } },
    ]);
    expect(summary(diagnostics)).toEqual([
      [2, 'error', 'object/duplicate', 'metadata.name'],
      [3, 'error', 'schema/kind-not-in-version', 'apiVersion'],
      [3, 'error', 'object/duplicate', 'metadata.name'],
      [4, 'info', 'schema/unknown-kind', 'kind'],
    ]);
    expect(diagnostics[0].message).toContain('the object at index 0');
  });

  it('drops a duplicate-entry warning where a rule reports an error inside the entry', () => {
    const rule: ObjectRule = { id: 'test/name', check: (_o, ctx) => ctx.report({ fieldPath: 'spec.items[1].name', message: 'duplicate name' }) };
    const items = [{ name: 'a' }, { name: 'a' }];
    expect(summary(engine({ objectRules: [rule] }).validate([widget({ items })]))).toEqual([[0, 'error', 'test/name', 'spec.items[1].name']]);
    expect(summary(engine().validate([widget({ items })]))).toEqual([[0, 'warning', 'schema/duplicate-item', 'spec.items[1]']]);
  });

  it('drops a duplicate-entry warning where a rule warns at the same entry, and keeps it for a warning inside the entry', () => {
    const items = [{ name: 'a' }, { name: 'a' }];
    const warnAt = (fieldPath: string): ObjectRule => ({ id: 'test/again', check: (_o, ctx) => ctx.report({ fieldPath, message: 'defined again', severity: 'warning' }) });
    expect(summary(engine({ objectRules: [warnAt('spec.items[1]')] }).validate([widget({ items })]))).toEqual([[0, 'warning', 'test/again', 'spec.items[1]']]);
    expect(summary(engine({ objectRules: [warnAt('spec.items[1].name')] }).validate([widget({ items })]))).toEqual([
      [0, 'warning', 'schema/duplicate-item', 'spec.items[1]'],
      [0, 'warning', 'test/again', 'spec.items[1].name'],
    ]);
  });

  it('is reusable: the same input gives the same output', () => {
    const validator = engine({ objectRules: [{ id: 'test/x', check: (_o, ctx) => ctx.report({ fieldPath: 'a', message: 'b' }) }] });
    const input = [widget({ replicas: 'x' }), widget()];
    expect(validator.validate(input)).toEqual(validator.validate(input));
  });

  it('passes the target minor version to rules', () => {
    const minors: number[] = [];
    engine({ version: '1.29', objectRules: [{ id: 'test/minor', check: (_o, ctx) => minors.push(ctx.minor) }] }).validate([widget()]);
    expect(minors).toEqual([29]);
  });
});

describe('ValidationEngine with pod rules', () => {
  it('runs pod rules on the pod sites of the built-in schema', async () => {
    const { SCHEMA } = await import('../k8s/schema.generated');
    const sites: PodSite[] = [];
    const validator = new ValidationEngine({
      schema: SCHEMA,
      version: '1.36',
      objectRules: [],
      podRules: [{ id: 'test/site', check: (site) => sites.push(site) }],
      strictKinds: false,
    });
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'i' }] } };
    const cron = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: { schedule: '@daily', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'i' }] } } } } },
    };
    expect(validator.validate([pod, cron, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }])).toEqual([]);
    expect(sites.map((s) => [s.ownerKind, s.specPath, s.metadataPath, s.isTemplate])).toEqual([
      ['Pod', 'spec', 'metadata', false],
      ['CronJob', 'spec.jobTemplate.spec.template.spec', 'spec.jobTemplate.spec.template.metadata', true],
    ]);
  });
});

describe('ValidationEngine with lists', () => {
  it('checks the items of a v1 List and of a typed list, with item paths', async () => {
    const { SCHEMA } = await import('../k8s/schema.generated');
    const validator = new ValidationEngine({
      schema: SCHEMA,
      version: '1.36',
      objectRules: [{ id: 'test/name', check: (o, ctx) => ctx.report({ fieldPath: 'metadata.name', message: String((o.metadata as { name?: string })?.name) }) }],
      podRules: [{ id: 'test/site', check: (site, ctx) => ctx.report({ fieldPath: site.specPath, message: site.ownerKind }) }],
      strictKinds: false,
    });
    const pod = (name: string, extra: Record<string, unknown> = {}) => ({ metadata: { name }, spec: { containers: [{ name: 'c', image: 'i', ...extra }] } });
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Pod', ...pod('a', { imagePulPolicy: 'x' }) },
        { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Pod', ...pod('a') }] },
        { kind: 'Pod' },
      ],
    };
    const podList = { apiVersion: 'v1', kind: 'PodList', items: [pod('b')] };
    expect(summary(validator.validate([list, podList]))).toEqual([
      [0, 'error', 'schema/unknown-field', 'items[0].spec.containers[0].imagePulPolicy'],
      [0, 'error', 'test/name', 'items[0].metadata.name'],
      [0, 'error', 'test/site', 'items[0].spec'],
      [0, 'error', 'test/name', 'items[1].items[0].metadata.name'],
      [0, 'error', 'test/site', 'items[1].items[0].spec'],
      [0, 'error', 'object/duplicate', 'items[1].items[0].metadata.name'],
      [0, 'error', 'schema/required-field', 'items[2].apiVersion'],
      [1, 'error', 'test/name', 'items[0].metadata.name'],
      [1, 'error', 'test/site', 'items[0].spec'],
    ]);
  });
});
