/**
 * Runs the chunks of a large `podsmith validate` run on worker threads and on the main
 * thread together. Each thread claims the next chunk from a shared counter, so a thread
 * that starts late (a worker loads the engine first) or meets slower chunks simply does
 * fewer; the outcomes are put back in chunk order, so the report is the one a single
 * thread gives. A worker that fails is an internal error, never a hang; a worker that
 * has claimed nothing when the main thread runs out of chunks is stopped at once.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadLimits } from '../lib/manifest/limits';
import type { EngineOptions } from './engine';
import { doChunk, type ChunkContext, type ChunkOutcome, type WorkChunk } from './validate-chunks';

/** What a worker is started with. */
export interface WorkerSetup {
  /** Engine options (the main thread has checked them). */
  readonly engine: EngineOptions;
  /** Reading limits. */
  readonly limits: ReadLimits;
}

/** The work sent to a worker once the inputs are read. */
export interface WorkerPlan {
  /** Input names, by file index. */
  readonly names: readonly string[];
  /** Input bytes in shared memory, by file index (undefined for an input that could not be read); a worker decodes them as the main thread did. */
  readonly bytes: readonly (Uint8Array | undefined)[];
  /** The chunks. */
  readonly chunks: readonly WorkChunk[];
  /** Rule id of duplicates, left to the main thread. */
  readonly duplicateRuleId: string | undefined;
  /** Next chunk to claim (one element, shared). */
  readonly next: Int32Array;
  /** Objects read so far per file (shared). */
  readonly objectCounts: Int32Array;
}

/** A message from a worker: the outcome of a chunk it claimed. */
export interface WorkerReport {
  /** The chunk's index. */
  readonly index: number;
  /** What it gave. */
  readonly outcome: ChunkOutcome;
}

/** A shared array of `length` 32-bit integers, zeroed. */
export function sharedInts(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, length) * Int32Array.BYTES_PER_ELEMENT));
}

/** A copy of `bytes` in shared memory, which worker threads read without a copy of their own. */
export function sharedBytes(bytes: Uint8Array): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
}

/** Worker threads that help the main thread with the chunks of one run. */
export class ValidationThreads {
  private readonly workers: Worker[] = [];
  private readonly outcomes = new Map<number, ChunkOutcome>();
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  /** Chunks done by workers in the last run (for tests and benchmarks). */
  chunksByWorkers = 0;

  /** Starts `count` workers now, so that they load the engine while the main thread reads the inputs. */
  constructor(
    readonly count: number,
    setup: WorkerSetup,
  ) {
    for (let i = 0; i < count; i++) this.workers.push(this.spawn(setup));
  }

  /**
   * Does the chunks with the workers; `context` is the main thread's (its `objectCounts`
   * must be shared). Resolves with every chunk's outcome, in chunk order.
   * @param mainThreadWorks the main thread claims chunks too
   * @throws Error when a worker fails
   */
  async run(plan: Omit<WorkerPlan, 'next'>, context: ChunkContext, mainThreadWorks = true): Promise<ChunkOutcome[]> {
    try {
      const next = sharedInts(1);
      for (const worker of this.workers) worker.postMessage({ ...plan, next } satisfies WorkerPlan);
      const outcomes: (ChunkOutcome | undefined)[] = plan.chunks.map(() => undefined);
      for (let index = mainThreadWorks ? Atomics.add(next, 0, 1) : plan.chunks.length; index < plan.chunks.length; index = Atomics.add(next, 0, 1)) {
        outcomes[index] = doChunk(plan.chunks[index], context);
      }
      const missing = outcomes.flatMap((outcome, index) => (outcome === undefined ? [index] : []));
      if (missing.length === 0) {
        // Every chunk has been done here: a worker's failure no longer matters.
        this.failure = undefined;
      }
      for (const index of missing) {
        outcomes[index] = await this.outcomeOf(index);
        this.chunksByWorkers++;
      }
      return outcomes as ChunkOutcome[];
    } finally {
      await this.stop();
    }
  }

  /** Stops the workers. */
  async stop(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private async outcomeOf(index: number): Promise<ChunkOutcome> {
    for (;;) {
      const outcome = this.outcomes.get(index);
      if (outcome !== undefined) return outcome;
      if (this.failure !== undefined) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private spawn(setup: WorkerSetup): Worker {
    const worker = startWorker(setup);
    worker.on('message', (report: WorkerReport) => {
      this.outcomes.set(report.index, report.outcome);
      this.wake?.();
    });
    worker.on('error', (error: Error) => this.fail(`a validation thread failed: ${error.message.split('\n', 1)[0]}`));
    worker.on('exit', (code) => this.fail(`a validation thread stopped early (exit code ${code})`));
    return worker;
  }

  private fail(message: string): void {
    this.failure ??= new Error(message);
    this.wake?.();
  }
}

/** Starts the worker script beside this module: compiled JavaScript, or TypeScript through tsx when run from the sources (tests). */
function startWorker(setup: WorkerSetup): Worker {
  const script = workerScript();
  if (path.extname(script) !== '.ts') return new Worker(script, { workerData: setup });
  const loader = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(loader)}); require(${JSON.stringify(script)});`, { eval: true, workerData: setup });
}

/** The worker script: the compiled module beside this one, else (run from the sources) its TypeScript source. */
function workerScript(): string {
  try {
    return require.resolve('./validate-worker');
  } catch {
    return path.join(__dirname, 'validate-worker.ts');
  }
}
