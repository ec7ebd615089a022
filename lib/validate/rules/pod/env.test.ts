import { describe, expect, it } from 'vitest';
import { env } from './env';
import { DEGENERATE_SPECS, summarize } from './testkit';

const withEnv = (vars: unknown, extra: Record<string, unknown> = {}) => ({ containers: [{ name: 'a', image: 'x', env: vars, ...extra }] });
const E = 'spec.containers[0].env';

describe('env/values', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(env, spec)).toEqual([]);
  });

  it.each([
    ['env of the wrong type', withEnv('A=1'), []],
    ['a plain variable', withEnv([{ name: 'LOG_LEVEL', value: 'debug' }]), []],
    ['a missing name (the schema layer reports it)', withEnv([{ value: 'x' }]), []],
    ['an empty name', withEnv([{ name: '', value: 'x' }]), [`error env/name ${E}[0].name`]],
    ['a duplicate name', withEnv([{ name: 'A', value: '1' }, { name: 'A', value: '2' }]), [`warning env/duplicate-name ${E}[1]`]],
    ['a redefinition extending the first', withEnv([{ name: 'P', value: '/bin' }, { name: 'P', value: '$(P):/opt/bin' }]), []],
    ['a redefinition that is only a reference', withEnv([{ name: 'P', value: '/bin' }, { name: 'P', value: '$(P)' }]), [`warning env/duplicate-name ${E}[1]`]],
    ['a redefinition from valueFrom', withEnv([{ name: 'P', value: '$(P)' }, { name: 'P', value: '$(P)x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]), [`warning env/duplicate-name ${E}[1]`, `error env/value-from ${E}[1].valueFrom`]],
    ['valueFrom without source', withEnv([{ name: 'A', valueFrom: {} }]), [`error env/value-from ${E}[0].valueFrom`]],
    ['value and valueFrom', withEnv([{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]), [`error env/value-from ${E}[0].valueFrom`]],
    ['an empty value with valueFrom', withEnv([{ name: 'A', value: '', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]), []],
    ['two sources', withEnv([{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }]), [`error env/value-from ${E}[0].valueFrom`]],
    ['a supported fieldPath', withEnv([{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }]), []],
    ['a label subscript', withEnv([{ name: 'A', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } }]), []],
    // validateObjectFieldSelector reports a bad key on the fieldRef, a version it cannot convert on fieldPath.
    ['a bad label subscript', withEnv([{ name: 'A', valueFrom: { fieldRef: { fieldPath: "metadata.labels['-bad']" } } }]), [`error env/field-ref ${E}[0].valueFrom.fieldRef`]],
    ['spec.host (converted to spec.nodeName)', withEnv([{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.host' } } }]), []],
    ['all labels (volumes only)', withEnv([{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.labels' } } }]), [`error env/field-ref ${E}[0].valueFrom.fieldRef.fieldPath`]],
    ['an unknown fieldPath', withEnv([{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.restartPolicy' } } }]), [`error env/field-ref ${E}[0].valueFrom.fieldRef.fieldPath`]],
    ['an apiVersion v2', withEnv([{ name: 'A', valueFrom: { fieldRef: { apiVersion: 'v2', fieldPath: 'metadata.name' } } }]), [`error env/field-ref ${E}[0].valueFrom.fieldRef.fieldPath`]],
    ['a resource field', withEnv([{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } }]), []],
    // validateContainerResourceFieldSelector reports on resource and divisor.
    ['an unknown resource field', withEnv([{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.gpu' } } }]), [`error env/resource-field-ref ${E}[0].valueFrom.resourceFieldRef.resource`]],
    ['a cpu divisor of 1Mi', withEnv([{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1Mi' } } }]), [`error env/resource-field-ref ${E}[0].valueFrom.resourceFieldRef.divisor`]],
    ['a secret key', withEnv([{ name: 'A', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }]), []],
    ['a secret key with an empty key', withEnv([{ name: 'A', valueFrom: { secretKeyRef: { name: 'db', key: '' } } }]), [`error env/key-ref ${E}[0].valueFrom.secretKeyRef.key`]],
    ['a bad config map key', withEnv([{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'a/b' } } }]), [`error env/key-ref ${E}[0].valueFrom.configMapKeyRef.key`]],
    ['a bad config map name', withEnv([{ name: 'A', valueFrom: { configMapKeyRef: { name: 'Cfg', key: 'a' } } }]), [`error env/key-ref ${E}[0].valueFrom.configMapKeyRef.name`]],
    ['envFrom with one source', withEnv([], { envFrom: [{ configMapRef: { name: 'cfg' }, prefix: 'APP_' }] }), []],
    ['a secret key ref without name', withEnv([{ name: 'A', valueFrom: { secretKeyRef: { key: 'k' } } }]), [`error env/key-ref ${E}[0].valueFrom.secretKeyRef.name`]],
    ['a config map key ref with an empty name', withEnv([{ name: 'A', valueFrom: { configMapKeyRef: { name: '', key: 'k' } } }]), [`error env/key-ref ${E}[0].valueFrom.configMapKeyRef.name`]],
    ['envFrom of a name ending in a dash (checked as a prefix)', withEnv([], { envFrom: [{ configMapRef: { name: 'settings-' } }] }), []],
    ['envFrom of a name in upper case', withEnv([], { envFrom: [{ secretRef: { name: 'Settings' } }] }), ['error env/from spec.containers[0].envFrom[0].secretRef.name']],
    ['envFrom with no source', withEnv([], { envFrom: [{ prefix: 'APP_' }] }), ['error env/from spec.containers[0].envFrom[0]']],
    ['envFrom with two sources', withEnv([], { envFrom: [{ configMapRef: { name: 'a' }, secretRef: { name: 'b' } }] }), ['error env/from spec.containers[0].envFrom[0]']],
    ['envFrom without a name', withEnv([], { envFrom: [{ secretRef: {} }] }), ['error env/from spec.containers[0].envFrom[0].secretRef.name']],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(env, spec)).toEqual(expected);
  });

  it.each([
    ['1FOO', 31, true], ['1FOO', 32, false],
    ['MY VAR', 31, true], ['MY VAR', 36, false],
    ['A=B', 36, true], ['my.env-name', 28, false], ['..x', 28, true], ['naïve', 36, true],
  ])('name %j on 1.%i is invalid: %s', (name, minor, invalid) => {
    expect(summarize(env, withEnv([{ name, value: 'x' }]), { minor })).toEqual(invalid ? [`error env/name ${E}[0].name`] : []);
  });

  it('reads status.hostIPs from 1.29 on', () => {
    const spec = withEnv([{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'status.hostIPs' } } }]);
    expect(summarize(env, spec, { minor: 28 })).toEqual([`error env/field-ref ${E}[0].valueFrom.fieldRef.fieldPath`]);
    expect(summarize(env, spec, { minor: 29 })).toEqual([]);
  });
  describe('fileKeyRef (EnvFiles, on by default from 1.35)', () => {
    const volumes = [{ name: 'cfg', emptyDir: {} }, { name: 'bare' }, { name: 'data', persistentVolumeClaim: { claimName: 'c' } }];
    const fileEnv = (ref: unknown, extra: Record<string, unknown> = {}) => ({ ...withEnv([{ name: 'A', valueFrom: { fileKeyRef: ref, ...extra } }]), volumes });
    const F = `${E}[0].valueFrom.fileKeyRef`;
    it.each([
      ['an env file in an emptyDir', fileEnv({ volumeName: 'cfg', path: 'config.env', key: 'A' }), []],
      ['a volume without source (an emptyDir)', fileEnv({ volumeName: 'bare', path: 'config.env', key: 'A' }), []],
      ['an unknown volume', fileEnv({ volumeName: 'nope', path: 'config.env', key: 'A' }), [`error env/file-key-ref ${F}.volumeName`]],
      ['a persistentVolumeClaim volume', fileEnv({ volumeName: 'data', path: 'config.env', key: 'A' }), [`error env/file-key-ref ${F}.volumeName`]],
      ['empty fields', fileEnv({ volumeName: '', path: '', key: '' }), [`error env/file-key-ref ${F}.volumeName`, `error env/file-key-ref ${F}.path`, `error env/file-key-ref ${F}.key`]],
      ['fileKeyRef and secretKeyRef', fileEnv({ volumeName: 'cfg', path: 'config.env', key: 'A' }, { secretKeyRef: { name: 's', key: 'k' } }), [`error env/value-from ${E}[0].valueFrom`]],
    ])('%s', (_label, spec, expected) => {
      expect(summarize(env, spec, { minor: 35 })).toEqual(expected);
    });

    it('is dropped on 1.34 (EnvFiles off), leaving valueFrom without source', () => {
      expect(summarize(env, fileEnv({ volumeName: 'cfg', path: 'config.env', key: 'A' }), { minor: 34 })).toEqual([`error env/value-from ${E}[0].valueFrom`]);
    });
  });
});
