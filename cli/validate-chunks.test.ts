import { describe, expect, it } from 'vitest';
import { resolveReadLimits } from '../lib/manifest/limits';
import type { Diagnostic } from '../lib/validate/diagnostic';
import type { DuplicateCheck, EngineValidator, ObjectIdentity } from './engine';
import { mergeChunks, type InputOutcome } from './merge-chunks';
import { IndexedTexts } from './text-source';
import { doChunk, planChunks, type ChunkContext } from './validate-chunks';

/** A stand-in engine: an error for every object without a name, a warning at every name `a`; duplicates by name alone. */
const validator: EngineValidator = {
  validate: (objects) =>
    objects.flatMap((object, objectIndex): Diagnostic[] => {
      const name = (object as { metadata?: { name?: string } }).metadata?.name;
      if (name === 'a') return [{ severity: 'warning', ruleId: 'test/a', fieldPath: 'metadata.name', message: 'named a', objectIndex }];
      return name === undefined ? [{ severity: 'error', ruleId: 'test/name', fieldPath: 'metadata.name', message: 'no name', objectIndex }] : [];
    }),
};

function duplicatesByName(): DuplicateCheck {
  const seen = new Map<string | null, number>();
  return {
    ruleId: 'test/duplicate',
    add(identity: ObjectIdentity, index: number): Diagnostic | undefined {
      const name = identity[2];
      const first = seen.get(name);
      if (first === undefined) seen.set(name, index);
      return first === undefined || name === null ? undefined : { severity: 'error', ruleId: 'test/duplicate', fieldPath: 'metadata.name', message: `same name as object ${first}`, objectIndex: index };
    },
  };
}

const pod = (name?: string) => `---\napiVersion: v1\nkind: Pod\nmetadata:\n  ${name === undefined ? 'labels: {}' : `name: ${name}`}\n`;

function run(texts: string[], maxObjectsPerFile = 500_000, chunkLength = 60) {
  const names = texts.map((_, index) => `f${index}.yaml`);
  const context: ChunkContext = {
    texts: new IndexedTexts(names, (file) => ({ text: texts[file] })),
    validator,
    duplicateRuleId: 'test/duplicate',
    limits: resolveReadLimits({ maxObjectsPerFile }),
    objectCounts: new Int32Array(texts.length),
  };
  const chunks = planChunks(texts, chunkLength);
  const outcomes = chunks.map((chunk) => doChunk(chunk, context));
  const inputs: InputOutcome[] = texts.map((text) => ({ text }));
  const merged = mergeChunks({ inputOrder: names, inputProblems: [], inputs, chunks, outcomes, duplicates: duplicatesByName(), context });
  if ('failure' in merged) throw new Error(merged.failure.message);
  return { chunks, report: merged.report };
}

describe('doChunk and mergeChunks', () => {
  it('number objects across chunks and files, and put each duplicate after its object’s own findings', () => {
    const { chunks, report } = run([`${pod('a')}${pod()}${pod('b')}${pod('a')}`, `${pod()}${pod('b')}`]);
    expect(chunks.length).toBeGreaterThan(2);
    expect(report.entries.map((entry) => `${entry.file}:${entry.line} ${entry.ruleId} ${entry.message}`)).toEqual([
      'f0.yaml:5 test/a named a',
      'f0.yaml:9 test/name no name',
      'f0.yaml:20 test/a named a',
      'f0.yaml:20 test/duplicate same name as object 0',
      'f1.yaml:4 test/name no name',
      'f1.yaml:10 test/duplicate same name as object 2',
    ]);
    expect(report.summary).toMatchObject({ errors: 4, warnings: 2, objects: 6, files: 2 });
  });

  it('read a file whole when its pieces hold more objects than the limit', () => {
    const { report } = run([`${pod('a')}${pod('b')}${pod('c')}${pod('d')}`, pod('e')], 3);
    expect(report.entries.map((entry) => `${entry.file}:${entry.line} ${entry.ruleId}`)).toEqual(['f0.yaml:0 input/too-large']);
    expect(report.summary).toMatchObject({ objects: 1, files: 2 });
  });
});
