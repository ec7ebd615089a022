import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from './input-files';

let root: string;

function write(relative: string, text = 'kind: Pod\n'): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-inputs-'));
  write('m/b.yaml');
  write('m/a.yml');
  write('m/c.json');
  write('m/notes.txt');
  write('m/README.YAML');
  write('m/sub/z.yaml');
  write('m/sub/deeper/y.yaml');
  write('m/B.yaml');
  write('empty/notes.md');
  fs.symlinkSync(path.join(root, 'm'), path.join(root, 'm/sub/loop'));
  fs.symlinkSync(path.join(root, 'm/b.yaml'), path.join(root, 'm/sub/link.yaml'));
  fs.symlinkSync(path.join(root, 'nowhere.yaml'), path.join(root, 'dangling.yaml'));
  fs.symlinkSync(path.join(root, 'self-a'), path.join(root, 'self-b'));
  fs.symlinkSync(path.join(root, 'self-b'), path.join(root, 'self-a'));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('expandInputs', () => {
  it('expands nothing to nothing', () => {
    expect(expandInputs([], root)).toEqual({ sources: [], problems: [], order: [] });
  });

  it('walks a directory recursively, in name order, for *.yaml, *.yml and *.json files', () => {
    const { sources, problems } = expandInputs(['m'], root);
    expect(sources.map((source) => source.name)).toEqual(['m/B.yaml', 'm/a.yml', 'm/b.yaml', 'm/c.json', 'm/sub/deeper/y.yaml', 'm/sub/z.yaml']);
    expect(problems).toEqual([expect.objectContaining({ file: 'm/sub/loop', ruleId: 'input/symlink-loop', severity: 'error' })]);
  });

  it('is the same every time', () => {
    expect(expandInputs(['m'], root)).toEqual(expandInputs(['m'], root));
  });

  it('reads a file named explicitly whatever its extension', () => {
    expect(expandInputs(['m/notes.txt'], root).sources).toEqual([{ kind: 'file', name: 'm/notes.txt', path: path.join(root, 'm/notes.txt') }]);
  });

  it('reads each file once, even when named twice or linked', () => {
    const { sources } = expandInputs(['m/b.yaml', 'm/sub/link.yaml', 'm/b.yaml'], root);
    expect(sources.map((source) => source.name)).toEqual(['m/b.yaml']);
  });

  it('reads standard input once for -', () => {
    expect(expandInputs(['-', 'm/a.yml', '-'], root).sources).toEqual([
      { kind: 'stdin', name: '<stdin>' },
      { kind: 'file', name: 'm/a.yml', path: path.join(root, 'm/a.yml') },
    ]);
  });

  it.each([
    ['a missing path', 'missing.yaml', 'input/not-found', 'does not exist'],
    ['a dangling symbolic link', 'dangling.yaml', 'input/not-found', 'symbolic link'],
    ['a loop of symbolic links', 'self-a', 'input/symlink-loop', 'loop'],
  ])('reports %s', (_, given, ruleId, words) => {
    const { sources, problems, order } = expandInputs([given], root);
    expect(sources).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ file: given, line: 0, column: 0, severity: 'error', ruleId })]);
    expect(problems[0].message).toContain(words);
    expect(order).toEqual([given]);
  });

  it('warns about a directory without manifests', () => {
    expect(expandInputs(['empty'], root).problems).toEqual([expect.objectContaining({ ruleId: 'input/no-manifests', severity: 'warning' })]);
  });

  it.runIf(process.getuid?.() !== 0)('reports a directory that may not be read', () => {
    const locked = path.join(root, 'locked');
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o000);
    try {
      expect(expandInputs(['locked'], root).problems).toContainEqual(expect.objectContaining({ ruleId: 'input/permission-denied' }));
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });

  it('walks a deep tree without recursion', () => {
    let relative = 'deep';
    for (let level = 0; level < 200; level++) relative = path.join(relative, 'd');
    write(path.join(relative, 'x.yaml'));
    expect(expandInputs(['deep'], root).sources).toHaveLength(1);
  });
});
