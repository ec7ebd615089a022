import { describe, expect, it } from 'vitest';
import { camelCase, chartIdFromFile, ConstructIds, VariableNames } from './names';

describe('camelCase', () => {
  it.each([
    ['web-log-shipper', 'webLogShipper'],
    ['Web', 'web'],
    ['nginx', 'nginx'],
    ['', 'pod'],
    ['---', 'pod'],
    ['01-app', 'pod01App'],
    ['new', 'newPod'],
    ['default', 'defaultPod'],
    ["x'); process.exit(1); ('", 'xProcessExit1'],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('%j gives %s', (hint, expected) => {
    expect(camelCase(hint, 'pod')).toBe(expected);
  });
});

describe('VariableNames', () => {
  it('never gives a reserved or taken name twice', () => {
    const names = new VariableNames(['app']);
    expect(names.allocate('app', 'chart')).toBe('app2');
    expect(names.peek('web', 'pod')).toBe('web');
    expect(names.peek('web', 'pod')).toBe('web');
    expect(names.allocate('web', 'pod')).toBe('web');
    expect(names.allocate('web', 'pod')).toBe('web2');
    names.reserve('web3');
    expect(names.allocate('web', 'pod')).toBe('web4');
  });
});

describe('ConstructIds', () => {
  it('uses the name when it is free and usable, else a numbered fallback', () => {
    const ids = new ConstructIds();
    expect(ids.allocate('web', 'pod')).toBe('web');
    expect(ids.allocate('web', 'service')).toBe('web-2');
    expect(ids.allocate(undefined, 'pod')).toBe('pod');
    expect(ids.allocate('', 'pod')).toBe('pod-2');
    expect(ids.allocate('system:aggregate/x', 'clusterrole')).toBe('clusterrole');
  });
});

describe('chartIdFromFile', () => {
  it.each([
    ['nginx-port.yaml', 'nginx-port'],
    ['dir/sub/app.yml', 'app'],
    ['C:\\dir\\app.json', 'app'],
    ['web.k8s.yaml', 'web'],
    ['<stdin>', 'stdin'],
    ['my app (1).yaml', 'my-app-1'],
    ['.yaml', 'manifests'],
    ['../../etc/passwd', 'passwd'],
  ])('%j gives %s', (file, expected) => {
    expect(chartIdFromFile(file)).toBe(expected);
  });
});
