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

/** Runs `measureOnce` once to warm up, then `runs` times; returns the medians. */
export function medianOf(runs: number, measureOnce: () => ProcessRun): ProcessRun {
  measureOnce();
  const samples: ProcessRun[] = [];
  for (let run = 0; run < runs; run++) samples.push(measureOnce());
  return { ms: median(samples.map((s) => s.ms)), maxRssKb: median(samples.map((s) => s.maxRssKb)) };
}
