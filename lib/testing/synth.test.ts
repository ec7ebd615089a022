import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, sep } from 'node:path';
import { ApiObject, App as Cdk8sApp, Chart as Cdk8sChart, Testing, YamlOutputType } from 'cdk8s';
import { afterAll, describe, expect, it } from 'vitest';
import { App } from '../app';
import { Chart } from '../chart';
import { PodsmithUsageError } from '../errors';
import { Pod } from '../pod';
import { SynthError } from '../synth/synth-error';
import { synthFiles, synthObjects, synthYaml } from './synth';

const work = mkdtempSync(join(tmpdir(), 'podsmith-testing-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function chartIn(app: Cdk8sApp, id = 'test'): Cdk8sChart {
  return new Chart(app, id, { disableResourceNameHashes: true });
}

function addWeb(chart: Cdk8sChart, port = 80): Pod {
  return new Pod(chart, 'web', { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: port }] }] });
}

/** A raw object with one env variable defined twice: valid, with one warning (env/duplicate-name). */
function addWarnedPod(chart: Cdk8sChart): void {
  new ApiObject(chart, 'warned', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'warned' },
    spec: { containers: [{ name: 'a', image: 'busybox', env: [{ name: 'X', value: '1' }, { name: 'X', value: '2' }] }] },
  });
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name.split(sep).join(posix.sep)] = readFileSync(path, 'utf8');
  }
  return files;
}

describe('synthObjects and synthYaml', () => {
  it('give nothing for an empty chart', () => {
    const chart = chartIn(new App());
    expect(synthObjects(chart)).toEqual([]);
    expect(synthYaml(chart)).toBe('');
  });

  it('give the objects of a chart, and their YAML as synth writes it', () => {
    const chart = chartIn(new App());
    addWeb(chart);
    expect(synthObjects(chart)).toEqual([
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] } },
    ]);
    expect(synthYaml(chart)).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        'spec:',
        '  containers:',
        '    - image: nginx:1.27',
        '      name: nginx',
        '      ports:',
        '        - containerPort: 80',
        '',
      ].join('\n'),
    );
  });

  it('take a chart of a plain cdk8s app (cdk8s Testing.app()) and report its errors once', () => {
    const chart = chartIn(Testing.app());
    addWeb(chart, 70000);
    const error = (() => {
      try {
        synthObjects(chart);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SynthError);
    const synthError = error as SynthError;
    expect(synthError.diagnostics.map((d) => [d.ruleId, d.fieldPath])).toEqual([['ports/container-port', 'spec.containers[0].ports[0].containerPort']]);
    expect(synthError.constructErrors).toEqual([]);
    expect(synthError.message).toMatch(/^podsmith: 1 error in 1 object\n {2}test\/web \(Pod web\)\n/);
  });

  it('give every chart of a podsmith app in output order, the same YAML as App.synthYaml', () => {
    const app = new App();
    addWeb(chartIn(app, 'one'));
    const two = chartIn(app, 'two');
    new Pod(two, 'db', { containers: [{ name: 'postgres', image: 'postgres:17' }] });
    expect(synthObjects(app).map((o) => (o.metadata as { name: string }).name)).toEqual(['web', 'db']);
    expect(synthYaml(app)).toBe(app.synthYaml());
  });

  it('apply the settings of the app and the chart, as synth does', () => {
    const app = new App({ podSecurity: 'restricted' });
    const relaxed = new Chart(app, 'relaxed', { disableResourceNameHashes: true, podSecurity: undefined });
    addWeb(relaxed);
    expect(synthObjects(relaxed)).toHaveLength(1);
    const strict = chartIn(app, 'strict');
    addWeb(strict);
    expect(() => synthObjects(strict)).toThrow(SynthError);
    expect(() => synthObjects(strict)).toThrow(/pss\//);
  });

  it('report construct validation errors as synth does', () => {
    const chart = chartIn(new App());
    addWeb(chart).node.addValidation({ validate: () => ['always wrong'] });
    expect(() => synthYaml(chart)).toThrow(/construct\/validation {2}\[test\/web\] always wrong/);
  });

  it('let warnings pass, unless failOnWarnings is set', () => {
    const chart = chartIn(new App());
    addWarnedPod(chart);
    expect(synthObjects(chart)).toHaveLength(1);
    expect(() => synthObjects(chart, { failOnWarnings: true })).toThrow(/^podsmith: \d+ warnings? in 1 object\n[\s\S]*env\/duplicate-name  spec\.containers\[0\]\.env\[1\]/);
  });

  it('refuse a plain cdk8s app, whose root validation would report every error twice', () => {
    expect(() => synthObjects(new Cdk8sApp() as App)).toThrow(PodsmithUsageError);
    expect(() => synthObjects(new Cdk8sApp() as App)).toThrow(/pass one of its charts, or create the app with podsmith's App/);
  });
});

describe('synthFiles', () => {
  it('gives no file for an app without charts', () => {
    expect(synthFiles(new App())).toEqual({});
  });

  it.each([
    ['one file per chart', YamlOutputType.FILE_PER_CHART],
    ['one file per app', YamlOutputType.FILE_PER_APP],
    ['one file per resource', YamlOutputType.FILE_PER_RESOURCE],
    ['a folder per chart', YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE],
  ])('gives, with %s, exactly the files app.synth() writes', (_name, yamlOutputType) => {
    const build = (outdir: string): App => {
      const app = new App({ outdir, yamlOutputType });
      addWeb(chartIn(app, 'front'));
      const back = chartIn(app, 'back');
      new Pod(back, 'db', { containers: [{ name: 'postgres', image: 'postgres:17' }] });
      return app;
    };
    const outdir = join(work, `files-${yamlOutputType}`);
    build(outdir).synth();
    const files = synthFiles(build(join(work, 'never-written')));
    expect(Object.keys(files).length).toBeGreaterThan(0);
    expect(files).toEqual(readTree(outdir));
    expect(readdirSync(work)).not.toContain('never-written');
  });

  it('throws the synth report and writes nothing when the app holds an error', () => {
    const app = new App({ outdir: join(work, 'broken') });
    addWeb(chartIn(app), 0);
    expect(() => synthFiles(app)).toThrow(SynthError);
    expect(readdirSync(work)).not.toContain('broken');
  });

  it('refuses a plain cdk8s app', () => {
    expect(() => synthFiles(new Cdk8sApp() as App)).toThrow(/synthFiles takes a podsmith App/);
  });
});
