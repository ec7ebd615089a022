/**
 * `podsmith validate` gives the same report, byte for byte, whether it reads and
 * validates everything at once (the reference), chunk by chunk on one thread, or on
 * worker threads; and a worker that fails is an internal error, never a hang.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../lib/manifest/limits';
import { captureRun, referenceReport, writeCorpus } from './testkit';
import { parseValidateArgs } from './validate-args';
import { runValidate, type Threading } from './validate-command';
import { planChunks } from './validate-chunks';
import { IndexedTexts } from './text-source';
import { ValidationThreads, sharedInts } from './validate-threads';

const TIMEOUT = 120_000;
let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-threads-'));
  writeCorpus(root);
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

async function validate(format: 'text' | 'json', threading: Threading): Promise<{ code: number; stdout: string; stderr: string }> {
  return captureRun((io) => runValidate(parseValidateArgs(['--format', format, '.']), io, undefined, threading), root);
}

describe('podsmith validate in chunks and on threads', () => {
  it('the corpus has errors, warnings, notices, reading problems and duplicates', async () => {
    const { text } = await referenceReport(['.'], root);
    for (const rule of ['schema/unknown-field', 'object/duplicate', 'yaml/syntax', 'yaml/duplicate-key', 'yaml/not-a-mapping', 'yaml/invalid-character', 'schema/unknown-kind']) {
      expect(text).toContain(` ${rule} `);
    }
    expect(text).toMatch(/ warning /);
    expect(text).toMatch(/^b-again\.yaml:\d+:\d+ error object\/duplicate /m);
  });

  it.each([1_000, 4_000, 64 * 1024])('gives the reference report on one thread, in chunks of %i characters', async (chunkLength) => {
    const reference = await referenceReport(['.'], root);
    for (const format of ['text', 'json'] as const) {
      const run = await validate(format, { threads: 1, chunkLength });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(reference[format]);
    }
  });

  it('gives the reference report when worker threads do every chunk', { timeout: TIMEOUT }, async () => {
    const reference = await referenceReport(['.'], root);
    let used: [number, number] | undefined;
    const run = await validate('json', { threads: 3, minParallelBytes: 0, chunkLength: 2_000, mainThreadWorks: false, onThreads: (threads, byWorkers) => (used = [threads, byWorkers]) });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(reference.json);
    expect(used?.[0]).toBe(3);
    expect(used?.[1]).toBeGreaterThan(10);
  });

  it('gives the reference report when the main thread and a worker share the chunks', { timeout: TIMEOUT }, async () => {
    const reference = await referenceReport(['.'], root);
    const run = await validate('text', { threads: 2, minParallelBytes: 0, chunkLength: 2_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(reference.text);
  });

  it('stays on one thread for small inputs', async () => {
    let used: number | undefined;
    await validate('text', { threads: 4, chunkLength: 2_000, onThreads: (threads) => (used = threads) });
    expect(used).toBe(1);
  });
});

describe('ValidationThreads', () => {
  it('fails with a clear message, without hanging, when a worker cannot work', { timeout: TIMEOUT }, async () => {
    const text = fs.readFileSync(path.join(root, 'a-large.yaml'), 'utf8');
    const bytes = new Uint8Array(new SharedArrayBuffer(Buffer.byteLength(text)));
    bytes.set(Buffer.from(text));
    const chunks = planChunks([text], 2_000);
    // The main thread checks the options before it starts workers; a worker given a version that does not exist fails.
    const threads = new ValidationThreads(1, { engine: { kubernetesVersion: '0.1' }, limits: DEFAULT_READ_LIMITS });
    const context = {
      texts: new IndexedTexts(['a-large.yaml'], () => ({ text })),
      validator: { validate: () => [] },
      duplicateRuleId: undefined,
      limits: DEFAULT_READ_LIMITS,
      objectCounts: sharedInts(1),
    };
    await expect(threads.run({ names: ['a-large.yaml'], bytes: [bytes], chunks, duplicateRuleId: undefined, objectCounts: context.objectCounts }, context, false)).rejects.toThrow(
      /^a validation thread failed: .*0\.1/,
    );
  });
});
