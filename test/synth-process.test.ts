import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'podsmith-synth-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a TypeScript cdk8s app as its own process, as `cdk8s synth` would (CDK8S_OUTDIR set). */
function runApp(script: string, outdir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, CDK8S_OUTDIR: outdir },
    encoding: 'utf8',
  });
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    try {
      files[name] = readFileSync(path, 'utf8');
    } catch {
      // a folder
    }
  }
  return files;
}

describe('synth as a process', () => {
  it('writes byte-identical output in two separate processes', { timeout: 60_000 }, () => {
    const first = join(work, 'first');
    const second = join(work, 'second');
    const a = runApp('examples/main.ts', first);
    const b = runApp('examples/main.ts', second);
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    const filesA = readTree(first);
    expect(Object.keys(filesA).length).toBeGreaterThan(10);
    expect(readTree(second)).toEqual(filesA);
    const all = Object.values(filesA).join('\n');
    expect(all).not.toContain(root);
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('writes nothing and lists every problem when validation fails', { timeout: 60_000 }, () => {
    const outdir = join(work, 'broken');
    const script = join(work, 'broken-app.ts');
    writeFileSync(
      script,
      [
        `import { App, Chart, Pod } from ${JSON.stringify(join(root, 'lib'))};`,
        'const app = new App();',
        "const good = new Chart(app, 'good', { disableResourceNameHashes: true });",
        "new Pod(good, 'fine', { containers: [{ name: 'a', image: 'busybox' }] });",
        "const bad = new Chart(app, 'bad', { disableResourceNameHashes: true });",
        "new Pod(bad, 'web', { containers: [{ name: 'a', image: 'nginx', ports: [{ containerPort: 80 }] }, { name: 'a', image: 'nginx', ports: [{ containerPort: 70000 }] }] });",
        "new Pod(bad, 'empty', {});",
        'app.synth();',
      ].join('\n'),
    );
    const result = runApp(script, outdir);
    expect(result.status).toBe(1);
    expect(existsSync(outdir) ? readdirSync(outdir) : []).toEqual([]);
    expect(result.stderr).toMatch(/^podsmith: \d+ errors in 2 objects\n/);
    expect(result.stderr).toContain('bad/web (Pod web)');
    expect(result.stderr).toContain('bad/empty (Pod empty)');
    expect(result.stderr).toContain('spec.containers[1].name');
    expect(result.stderr).toContain('spec.containers[1].ports[0].containerPort');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
