import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { semanticDiff } from '../lib/testing/semantic-diff';
import { synthExamples } from './example-app';

const charts = synthExamples();

/** Seed manifests: `<folder>/manifests/<chart id>.yaml`, one object each. */
const SEED_FOLDERS = ['examples/seeds/manifests', 'examples/workloads/manifests'];

function readYaml11(text: string): unknown[] {
  return parseAllDocuments(text, { version: '1.1' }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('\n'));
    return doc.toJS();
  });
}

describe('examples app', () => {
  it('has every chart under a distinct id', () => {
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    expect(charts.length).toBeGreaterThan(10);
  });

  it.each(charts.map((c) => [c.id, c] as const))('chart %s matches its snapshot', async (id, chart) => {
    await expect(chart.yaml).toMatchFileSnapshot(`__snapshots__/examples/${id}.k8s.yaml`);
  });

  it.each(charts.map((c) => [c.id, c] as const))('chart %s reads back from its YAML (YAML 1.1) as the same objects', (_id, chart) => {
    expect(readYaml11(chart.yaml)).toEqual(chart.objects);
  });
});

describe('seed manifests', () => {
  const seeds = SEED_FOLDERS.flatMap((folder) => {
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.yaml') || f.endsWith('.json'));
    } catch {
      files = [];
    }
    return files.map((file) => [file.replace(/\.(yaml|json)$/, ''), join(folder, file)] as const);
  });

  it('are all reproduced by a chart of the same id', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(9);
    const ids = new Set(charts.map((c) => c.id));
    expect(seeds.map(([id]) => id).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(seeds)('%s: the synthesized object has no added, missing or changed field', (id, file) => {
    const expected = readYaml11(readFileSync(file, 'utf8'));
    const chart = charts.find((c) => c.id === id)!;
    expect(chart.objects).toHaveLength(expected.length);
    expected.forEach((object, index) => expect(semanticDiff(object, chart.objects[index])).toEqual([]));
  });
});
