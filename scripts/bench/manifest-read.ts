/**
 * Benchmark of the two YAML readers of `lib/manifest`: the fast reader against the `yaml`
 * package path it falls back to, on the same generated manifest (Pods and Deployments, the
 * objects of the `podsmith validate` benchmark). Before timing it checks that both give the
 * same objects; then it times both in alternating rounds and prints the medians and the
 * ratio. A script that prints figures, not a test.
 *
 *     npx tsx scripts/bench/manifest-read.ts [--objects 2000] [--rounds 5]
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { readFastDocument } from '../../lib/manifest/fast-yaml/fast-reader';
import { textCodes } from '../../lib/manifest/fast-yaml/text-codes';
import { documentSpans, type DocumentSpan } from '../../lib/manifest/split-documents';
import { readWithYamlPackage } from '../../lib/manifest/yaml-package/read-with-yaml';
import { generatedObject } from './generated-objects';

const MAX_DEPTH = 100;

/** Milliseconds `run` takes. */
function timed(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const { values } = parseArgs({ options: { objects: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '5' } } });
  const count = Number(values.objects);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write('usage: manifest-read.ts [--objects N] [--rounds N]\n');
    process.exit(2);
  }
  const text = `---\n${Array.from({ length: count }, (_, index) => generatedObject(index)).join('---\n')}`;
  const codes = textCodes(text);
  const spans: DocumentSpan[] = [...documentSpans(text)];
  const fast = (): unknown[] => spans.map((span) => readFastDocument(text, span.start, span.end, MAX_DEPTH, false, codes)?.value);
  const yamlPackage = (): unknown[] => spans.map((span) => readWithYamlPackage(text, span.start, span.end, MAX_DEPTH)[0]?.value);
  if (!isDeepStrictEqual(fast(), yamlPackage())) throw new Error('the two readers disagree on the generated manifest');
  const fastTimes: number[] = [];
  const packageTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    fastTimes.push(timed(fast));
    packageTimes.push(timed(yamlPackage));
  }
  const fastMedian = median(fastTimes);
  const packageMedian = median(packageTimes);
  process.stdout.write(
    [
      `${spans.length} documents, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB, same objects from both readers: yes`,
      `median of ${rounds} alternating rounds after a warm-up:`,
      `fast reader:        ${fastMedian.toFixed(0).padStart(6)} ms`,
      `yaml package path:  ${packageMedian.toFixed(0).padStart(6)} ms`,
      `ratio (yaml package path / fast reader): ${(packageMedian / fastMedian).toFixed(1)}x`,
      '',
    ].join('\n'),
  );
}

main();
