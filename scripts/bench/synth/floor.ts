import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { benchObject } from './spec';

/** The floor: plain objects, serialized the way cdk8s serializes them, with the `yaml` package. */
export function runFloor(count: number, outdir: string): void {
  const docs: string[] = [];
  for (let index = 0; index < count; index++) {
    docs.push(stringify(benchObject(index), { keepUndefined: true, lineWidth: 0, version: '1.1' }));
  }
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'bench.k8s.yaml'), docs.join('---\n'));
}
