/**
 * The validation corpus: every file under test/corpus/valid must validate without
 * errors, and every file under test/corpus/invalid must produce exactly the errors its
 * header announces, one `# expect: <ruleId> <fieldPath>` comment line per error.
 * Optional header lines `# kubernetes-version: 1.30` and `# pod-security: restricted`
 * set the validator options. Files are read by podsmith's own manifest reader, as
 * `podsmith validate` reads them (YAML 1.1, several documents per file): its reading
 * errors count like the validator's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifestText } from '../lib/manifest';
import { type ValidateOptions, validateObjects } from '../lib/validate';

const ROOT = join(__dirname, 'corpus');

interface CorpusFile {
  readonly name: string;
  readonly objects: unknown[];
  /** Reading errors, as `<ruleId> <fieldPath>`. */
  readonly readErrors: string[];
  readonly expected: string[];
  readonly options: ValidateOptions;
}

function readCorpus(folder: 'valid' | 'invalid'): CorpusFile[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const read = readManifestText(name, text);
      const objects = read.objects.map((object) => object.value);
      const readErrors = read.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId} ${p.fieldPath}`);
      const expected: string[] = [];
      const options: { kubernetesVersion?: string; podSecurity?: 'baseline' | 'restricted' } = {};
      for (const line of text.split('\n')) {
        if (!line.startsWith('#')) break;
        const expect = /^# expect: (\S+) ?(.*?)\s*$/.exec(line);
        if (expect !== null) expected.push(`${expect[1]} ${expect[2]}`);
        const version = /^# kubernetes-version: (\S+)\s*$/.exec(line);
        if (version !== null) options.kubernetesVersion = version[1];
        const profile = /^# pod-security: (baseline|restricted)\s*$/.exec(line);
        if (profile !== null) options.podSecurity = profile[1] as 'baseline' | 'restricted';
      }
      return { name, objects, readErrors, expected: expected.sort(), options };
    });
}

function errorsOf(file: CorpusFile): string[] {
  const validation = validateObjects(file.objects, file.options)
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.ruleId} ${d.fieldPath}`);
  return [...file.readErrors, ...validation].sort();
}

describe('corpus: valid manifests', () => {
  const files = readCorpus('valid');
  it('has files', () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((f) => [f.name, f] as const))('%s has no errors', (_name, file) => {
    expect(file.objects.length).toBeGreaterThan(0);
    expect(errorsOf(file)).toEqual([]);
  });
});

describe('corpus: invalid manifests', () => {
  const files = readCorpus('invalid');
  it('has files', () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((f) => [f.name, f] as const))('%s has exactly the expected errors', (_name, file) => {
    expect(file.expected.length).toBeGreaterThan(0);
    expect(errorsOf(file)).toEqual(file.expected);
  });
});
