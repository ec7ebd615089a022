import { describe, expect, it } from 'vitest';
import { probeSummary, terminalSafe, volumeDetails, volumeType } from './summaries';

describe('probeSummary', () => {
  it.each([
    [{ httpGet: { path: '/healthz', port: 8080 } }, 'http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3'],
    [{ httpGet: { port: 'web', scheme: 'HTTPS', host: 'h' }, periodSeconds: 5 }, 'http-get https://h:web/ delay=0s timeout=1s period=5s #success=1 #failure=3'],
    [{ tcpSocket: { port: 22 }, initialDelaySeconds: 15, failureThreshold: 2 }, 'tcp-socket :22 delay=15s timeout=1s period=10s #success=1 #failure=2'],
    [{ exec: { command: ['ls', '/tmp/healthy'] } }, 'exec [ls /tmp/healthy] delay=0s timeout=1s period=10s #success=1 #failure=3'],
    [{ grpc: { port: 9090, service: 'health' } }, 'grpc <pod>:9090 health delay=0s timeout=1s period=10s #success=1 #failure=3'],
    [{}, 'no handler delay=0s timeout=1s period=10s #success=1 #failure=3'],
  ])('%j', (probe, expected) => {
    expect(probeSummary(probe)).toBe(expected);
  });
});

describe('terminalSafe', () => {
  it('shows control and bidirectional characters as escapes', () => {
    expect(terminalSafe('a\u001b[31mred\u0007')).toBe('a\\x1b[31mred\\x07');
    expect(terminalSafe('x\u202ey\r')).toBe('x\\u202ey\\x0d');
    expect(terminalSafe('plain → text 한국어')).toBe('plain → text 한국어');
  });
});

describe('volume words', () => {
  it('names the known types and shows the source settings', () => {
    expect(volumeType('emptyDir')).toMatch(/^EmptyDir/);
    expect(volumeType('constructor')).toBe('constructor');
    expect(volumeType('nfs')).toBe('nfs');
    expect(volumeDetails({ name: 'web-config', defaultMode: 420, items: [{}, {}], nested: { a: 1 } })).toEqual(['name=web-config', 'defaultMode=420', 'items: 2 items', 'nested: {a}']);
  });
});
