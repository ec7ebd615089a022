import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { semanticDiff } from '../../../lib/testing/semantic-diff';

/** The objects a method wrote to `outdir/bench.k8s.yaml`, read as Kubernetes reads YAML (1.1). */
export function readOutput(outdir: string): unknown[] {
  const text = readFileSync(join(outdir, 'bench.k8s.yaml'), 'utf8');
  return parseAllDocuments(text, { version: '1.1' }).map((doc) => doc.toJS());
}

/** Throws, naming the first differences, unless every method wrote the same objects as `reference`. */
export function assertSameObjects(reference: string, outdirs: Readonly<Record<string, string>>): void {
  const expected = readOutput(outdirs[reference]);
  for (const [method, outdir] of Object.entries(outdirs)) {
    const actual = readOutput(outdir);
    if (actual.length !== expected.length) throw new Error(`${method} wrote ${actual.length} objects, ${reference} ${expected.length}`);
    const differences = actual.flatMap((object, index) => semanticDiff(expected[index], object).map((d) => `object ${index} ${d.kind} ${d.path}`));
    if (differences.length > 0) throw new Error(`${method} differs from ${reference}:\n${differences.slice(0, 10).join('\n')}`);
  }
}
