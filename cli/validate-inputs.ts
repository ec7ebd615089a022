/**
 * The core of `podsmith validate` once the inputs are read: decodes them, cuts the work
 * into chunks, does the chunks (on worker threads too, for large inputs on a machine
 * with several cores), and merges their outcomes into the report.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { resolveReadLimits } from '../lib/manifest/limits';
import { decodeManifest } from '../lib/manifest/read-manifest';
import type { ReadProblem } from '../lib/manifest/read-problem';
import type { EngineOptions, EngineValidator } from './engine';
import type { ExpandedInputs } from './input-files';
import { mergeChunks, type InputOutcome } from './merge-chunks';
import type { Report } from './report';
import { IndexedTexts, type InputText } from './text-source';
import { doChunk, planChunks, type ChunkContext } from './validate-chunks';
import type { ValidationThreads } from './validate-threads';

/** How the work of a run is shared between threads; every field has a default. */
export interface Threading {
  /** Most threads used, the main thread included. @default the `PODSMITH_THREADS` environment variable, else the cores available (at most 4) */
  readonly threads?: number;
  /**
   * Inputs smaller than this, in bytes, are done on the main thread alone.
   * @default 4 MiB; 32 MiB on a machine of two cores, unless the threads are given
   */
  readonly minParallelBytes?: number;
  /** Characters of text per chunk. @default 256 Ki */
  readonly chunkLength?: number;
  /** The main thread does chunks too, besides waiting for the workers. @default true (tests turn it off, so that the workers do every chunk) */
  readonly mainThreadWorks?: boolean;
  /** Told how many threads were used and how many chunks the workers did (for tests and benchmarks). */
  readonly onThreads?: (threads: number, chunksByWorkers: number) => void;
}

/** The default characters of text per chunk: small enough that a chunk's objects die young. */
export const CHUNK_LENGTH = 256 * 1024;
/** The default smallest input shared between threads. */
export const MIN_PARALLEL_BYTES = 4 * 1024 * 1024;
/**
 * The default smallest input shared between threads on a machine of two cores. There,
 * one thread already has the second core to itself for the engine's background work
 * (compiling hot code, collecting garbage), and a worker has its own code to compile
 * and warm up; on 10,000 objects (25 MB) a worker gained nothing, on 40,000 it did.
 */
export const MIN_PARALLEL_BYTES_TWO_CORES = 32 * 1024 * 1024;
const MAX_DEFAULT_THREADS = 4;

/** The inputs of a run. */
export interface RunInputs {
  /** The inputs found and the problems of finding them. */
  readonly inputs: ExpandedInputs;
  /** Per source: its bytes, or the problem of reading them. */
  readonly read: (Uint8Array | ReadProblem)[];
  /** The validator. */
  readonly validator: EngineValidator;
  /** Largest input read. */
  readonly maxFileBytes: number;
  /** Worker threads started for the run (see {@link startThreads}); the run stops them. */
  readonly threads: ValidationThreads | undefined;
  /** How work is shared. */
  readonly threading: Threading;
}

/**
 * Starts worker threads for a run when its inputs are large enough and the machine has
 * cores to spare, before the main thread loads the engine and reads the inputs, so that
 * the workers load the engine meanwhile; undefined when the run stays on one thread.
 * @param inputs the inputs found (their sizes decide)
 * @param engine the options the workers build their validator from
 */
export async function startThreads(inputs: ExpandedInputs, engine: EngineOptions, maxFileBytes: number, threading: Threading): Promise<ValidationThreads | undefined> {
  const count = threadsFor(sizeOf(inputs), threading);
  if (count < 2) return undefined;
  const { ValidationThreads } = await import('./validate-threads');
  return new ValidationThreads(count - 1, { engine, limits: resolveReadLimits({ maxFileBytes }) });
}

/** Reads, validates and reports the inputs; a failure of validation (a bug) is its message. */
export async function validateInputs(run: RunInputs): Promise<{ readonly report: Report } | { readonly failure: string }> {
  const { inputs, read, validator, threading } = run;
  const limits = resolveReadLimits({ maxFileBytes: run.maxFileBytes });
  const duplicates = validator.duplicates?.();
  // Workers are only of use with an engine that validates in batches.
  const threads = duplicates === undefined ? undefined : run.threads;
  if (threads === undefined) await run.threads?.stop();
  const parallel = threads === undefined ? undefined : await import('./validate-threads');
  try {
    const names = inputs.sources.map((source) => source.name);
    const shared = parallel === undefined ? [] : read.map((input) => (input instanceof Uint8Array ? parallel.sharedBytes(input) : undefined));
    const decoded: InputOutcome[] = read.map((input, file) => {
      if (!(input instanceof Uint8Array)) return { problem: input, counted: false };
      const text = decodeManifest(names[file], input, limits);
      return 'text' in text ? text : { problem: text.problem, counted: true };
    });
    read.length = 0;
    const texts = decoded.map((input) => ('text' in input ? input.text : undefined));
    const chunks = planChunks(texts, duplicates === undefined ? Infinity : (threading.chunkLength ?? CHUNK_LENGTH));
    const objectCounts = parallel === undefined ? new Int32Array(texts.length) : parallel.sharedInts(texts.length);
    const context: ChunkContext = { texts: new IndexedTexts(names, (file) => ('text' in decoded[file] ? (decoded[file] as InputText) : undefined)), validator, duplicateRuleId: duplicates?.ruleId, limits, objectCounts };
    const outcomes =
      threads === undefined
        ? chunks.map((chunk) => doChunk(chunk, context))
        : await threads.run({ names, bytes: shared, chunks, duplicateRuleId: duplicates?.ruleId, objectCounts }, context, threading.mainThreadWorks ?? true);
    threading.onThreads?.(threads === undefined ? 1 : threads.count + 1, threads?.chunksByWorkers ?? 0);
    const merged = mergeChunks({ inputOrder: inputs.order, inputProblems: inputs.problems, inputs: decoded, chunks, outcomes, duplicates, context });
    if ('failure' in merged) {
      if (merged.failure.during === 'reading') throw new Error(merged.failure.message);
      return { failure: merged.failure.message };
    }
    return { report: merged.report };
  } finally {
    await threads?.stop();
  }
}

/** The bytes of the regular files among the inputs (standard input and pipes count for nothing). */
function sizeOf(inputs: ExpandedInputs): number {
  let size = 0;
  for (const source of inputs.sources) {
    if (source.kind !== 'file') continue;
    try {
      const stats = fs.statSync(source.path);
      if (stats.isFile()) size += stats.size;
    } catch {
      // Reading it will report the problem.
    }
  }
  return size;
}

/** The threads for `bytes` of input: one for small inputs, else as many as allowed and available. */
function threadsFor(bytes: number, threading: Threading): number {
  const cores = os.availableParallelism();
  const requested = threading.threads ?? threadsFromEnvironment();
  const threads = Math.floor(requested ?? Math.min(MAX_DEFAULT_THREADS, cores));
  const minBytes = threading.minParallelBytes ?? (requested === undefined && cores <= 2 ? MIN_PARALLEL_BYTES_TWO_CORES : MIN_PARALLEL_BYTES);
  return threads < 2 || bytes < minBytes ? 1 : threads;
}

function threadsFromEnvironment(): number | undefined {
  const value = Number(process.env.PODSMITH_THREADS);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}
