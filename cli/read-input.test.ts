import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputBytes } from './read-input';

let root: string;
const noStdin = Readable.from([]);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-read-'));
  fs.writeFileSync(path.join(root, 'small.yaml'), 'kind: Pod\n');
  fs.writeFileSync(path.join(root, 'empty.yaml'), '');
  fs.writeFileSync(path.join(root, 'big.yaml'), Buffer.alloc(4096, 0x61));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const file = (name: string) => ({ kind: 'file' as const, name, path: path.join(root, name) });

describe('readInputBytes', () => {
  it('reads an empty file', async () => {
    expect(await readInputBytes(file('empty.yaml'), 100, noStdin)).toEqual({ bytes: Buffer.alloc(0) });
  });

  it('reads a file', async () => {
    const read = await readInputBytes(file('small.yaml'), 100, noStdin);
    expect('bytes' in read && Buffer.from(read.bytes).toString()).toBe('kind: Pod\n');
  });

  it('refuses a file larger than the limit without reading it', async () => {
    expect(await readInputBytes(file('big.yaml'), 1024, noStdin)).toEqual({ problem: expect.objectContaining({ file: 'big.yaml', ruleId: 'input/too-large' }) });
  });

  it('reads a file of exactly the limit', async () => {
    const read = await readInputBytes(file('big.yaml'), 4096, noStdin);
    expect('bytes' in read && read.bytes.length).toBe(4096);
  });

  it('reports a file that vanished', async () => {
    expect(await readInputBytes(file('gone.yaml'), 100, noStdin)).toEqual({ problem: expect.objectContaining({ ruleId: 'input/not-found' }) });
  });

  it('reports a directory named as a file', async () => {
    expect(await readInputBytes({ kind: 'file', name: 'dir', path: root }, 100, noStdin)).toEqual({ problem: expect.objectContaining({ ruleId: 'input/unreadable' }) });
  });

  it('reads standard input in chunks', async () => {
    const read = await readInputBytes({ kind: 'stdin', name: '<stdin>' }, 100, Readable.from([Buffer.from('kind: '), Buffer.from('Pod\n')]));
    expect('bytes' in read && Buffer.from(read.bytes).toString()).toBe('kind: Pod\n');
  });

  it('stops reading standard input past the limit', async () => {
    const endless = new Readable({ read() { this.push(Buffer.alloc(1024, 0x61)); } });
    expect(await readInputBytes({ kind: 'stdin', name: '<stdin>' }, 10_000, endless)).toEqual({ problem: expect.objectContaining({ file: '<stdin>', ruleId: 'input/too-large' }) });
  });
});
