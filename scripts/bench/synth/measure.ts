import { spawnSync } from 'node:child_process';

/** One whole-process run: wall time and peak resident memory. */
export interface ProcessRun {
  /** Wall time of the whole process, in milliseconds. */
  readonly ms: number;
  /** Peak resident set size reported by the process, in KiB. */
  readonly maxRssKb: number;
}

/** Runs `node script ...args` as its own process and measures it; throws if it fails. */
export function runProcess(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ProcessRun {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${script} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  }
  const last = result.stdout.trim().split('\n').pop() ?? '{}';
  const { maxRssKb } = JSON.parse(last) as { maxRssKb?: number };
  return { ms, maxRssKb: maxRssKb ?? 0 };
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs each of `measures` once to warm up, then `runs` rounds in which each runs once, in
 * turn; returns the median of each, in the order given. Taking turns spreads a change in the
 * machine's load over all of them, so their ratios hold even when the absolute times drift.
 */
export function medianOfInTurn(runs: number, measures: readonly (() => ProcessRun)[]): ProcessRun[] {
  for (const measureOnce of measures) measureOnce();
  const samples: ProcessRun[][] = measures.map(() => []);
  for (let run = 0; run < runs; run++) {
    measures.forEach((measureOnce, index) => samples[index].push(measureOnce()));
  }
  return samples.map((list) => ({ ms: median(list.map((s) => s.ms)), maxRssKb: median(list.map((s) => s.maxRssKb)) }));
}
