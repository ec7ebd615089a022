/**
 * `podsmith describe`: reads the manifests as `podsmith validate` does, then prints each
 * pod's description (text, or Mermaid with `--mermaid`) and, with `--svg DIR`, writes one
 * picture per pod. Reading problems go to standard error in validate's format.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeMermaid, describePods, describeText, podSvg, svgFileName, type DescribedPod } from '../../lib/describe';
import { EXIT_USAGE_OR_UNREADABLE, EXIT_VALID, exitCodeFor } from '../exit-code';
import { formatEntry } from '../format-text';
import type { CommandIo } from '../validate-command';
import { readManifests } from '../import/read-manifests';
import { parseDescribeArgs, type DescribeArgs } from './describe-args';
import { DESCRIBE_HELP } from './describe-help';

/** Runs `podsmith describe` with the arguments after the command; returns the exit status. */
export async function runDescribeCli(argv: readonly string[], io: CommandIo): Promise<number> {
  return runDescribe(parseDescribeArgs(argv), io);
}

/** File names for the pods' pictures, unique in one directory (`pod-web.svg`, `pod-web-2.svg`). */
export function pictureNames(pods: readonly DescribedPod[]): string[] {
  const used = new Set<string>();
  return pods.map((pod) => {
    const base = svgFileName(pod).replace(/\.svg$/, '');
    let name = `${base}.svg`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.svg`;
    used.add(name);
    return name;
  });
}

/** Runs `podsmith describe` with parsed arguments; returns the exit status. */
export async function runDescribe(args: DescribeArgs, io: CommandIo): Promise<number> {
  if (args.help) {
    io.stdout(DESCRIBE_HELP);
    return EXIT_VALID;
  }
  const read = await readManifests(args.paths, io, args.maxFileBytes);
  const entries = read.report.entries;
  if (entries.length > 0) io.stderr(entries.flatMap((entry) => [formatEntry(entry), ...(entry.hint ? [`    hint: ${entry.hint}`] : [])]).join('\n') + '\n');
  const pods = describePods(read.objects.map((object) => ({ value: object.value, file: object.source.file, documentIndex: object.source.documentIndex })));
  if (pods.length === 0) io.stderr('podsmith describe: the inputs hold no pod or pod template\n');
  io.stdout(args.mermaid ? describeMermaid(pods) : describeText(pods));

  if (args.svgDirectory !== undefined && pods.length > 0) {
    const directory = path.resolve(io.cwd, args.svgDirectory);
    const names = pictureNames(pods);
    try {
      fs.mkdirSync(directory, { recursive: true });
      pods.forEach((pod, index) => fs.writeFileSync(path.join(directory, names[index]), podSvg(pod)));
    } catch (thrown) {
      const code = (thrown as NodeJS.ErrnoException).code;
      io.stderr(`podsmith describe: cannot write the pictures into ${args.svgDirectory}${code ? ` (${code})` : ''}; check that it is a writable directory\n`);
      return EXIT_USAGE_OR_UNREADABLE;
    }
    io.stderr(`podsmith describe: wrote ${pods.length} picture${pods.length === 1 ? '' : 's'} to ${args.svgDirectory}: ${names.join(', ')}\n`);
  }
  return exitCodeFor(entries);
}
