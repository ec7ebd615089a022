import { describe, expect, it } from 'vitest';
import { renderTypesModule, TYPE_ROOTS } from './emit-types';
import { threeVersions } from './fixtures';
import { mergeVersions } from './merge';

describe('renderTypesModule', () => {
  const model = mergeVersions(threeVersions());

  it('throws when a root is missing from the definitions', () => {
    expect(() => renderTypesModule(model, '', ['io.k8s.api.apps.v1.Deployment'])).toThrow(
      'type root or reference io.k8s.api.apps.v1.Deployment is not in the definitions',
    );
  });

  it('renders the closure of the roots without their status, with required fields, unions and versions', () => {
    const text = renderTypesModule(model, '// header', ['io.k8s.api.core.v1.Pod']);
    expect(text.startsWith('// header')).toBe(true);
    expect(text).not.toContain('PodStatus');
    expect(text).not.toContain('Unreferenced');
    expect(text).toContain('export interface Pod {');
    expect(text).toContain('  readonly containers: Container[];');
    expect(text).toContain('  readonly port?: IntOrString;');
    expect(text).toContain('  readonly labels?: { readonly [key: string]: string };');
    expect(text).toContain('  /** Field `restartPolicy`. Kubernetes 1.29 and later. */\n  readonly restartPolicy?: "Always" | "Never";');
    expect(text).toContain('  readonly name?: string;');
    expect(text).toContain('  readonly extra?: unknown;');
  });

  it('covers the kinds podsmith produces', () => {
    expect(TYPE_ROOTS).toContain('io.k8s.api.batch.v1.CronJob');
    expect(TYPE_ROOTS).toContain('io.k8s.api.core.v1.ReplicationController');
  });
});
