/**
 * Reads the bytes of one input, never more than the size limit: a regular file is
 * measured before it is read; a pipe, a device or standard input is read in chunks and
 * dropped as soon as it grows past the limit.
 */
import * as fs from 'node:fs';
import { tooLarge } from '../lib/manifest/read-manifest';
import type { ReadProblem } from '../lib/manifest/read-problem';
import { describeFileError, type InputSource } from './input-files';

/** The bytes of an input, or the problem that kept it from being read. */
export type InputBytes = { readonly bytes: Uint8Array } | { readonly problem: ReadProblem };

/** Reads `source`; `stdin` is the stream behind `-`. */
export async function readInputBytes(source: InputSource, maxBytes: number, stdin: NodeJS.ReadableStream): Promise<InputBytes> {
  if (source.kind === 'stdin') return readStream(stdin, source.name, maxBytes);
  let fd: number;
  try {
    fd = fs.openSync(source.path, 'r');
  } catch (thrown) {
    return { problem: fileProblem(source.name, thrown) };
  }
  try {
    const stats = fs.fstatSync(fd);
    if (stats.isFile()) {
      if (stats.size > maxBytes) return { problem: tooLarge(source.name, stats.size, maxBytes) };
      return readRegularFile(fd, source.name, stats.size, maxBytes);
    }
  } catch (thrown) {
    fs.closeSync(fd);
    return { problem: fileProblem(source.name, thrown) };
  }
  fs.closeSync(fd);
  return readStream(fs.createReadStream(source.path), source.name, maxBytes);
}

function readRegularFile(fd: number, name: string, size: number, maxBytes: number): InputBytes {
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    let buffer = Buffer.allocUnsafe(Math.min(Math.max(size, 64 * 1024), maxBytes + 1));
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      chunks.push(buffer.subarray(0, read));
      length += read;
      if (length > maxBytes) return { problem: tooLarge(name, undefined, maxBytes) };
      buffer = Buffer.allocUnsafe(Math.max(1, Math.min(1024 * 1024, maxBytes + 1 - length)));
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length) };
  } catch (thrown) {
    return { problem: fileProblem(name, thrown) };
  } finally {
    fs.closeSync(fd);
  }
}

async function readStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<InputBytes> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      length += buffer.length;
      if (length > maxBytes) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        return { problem: tooLarge(name, undefined, maxBytes) };
      }
      chunks.push(buffer);
    }
  } catch (thrown) {
    return { problem: fileProblem(name, thrown) };
  }
  return { bytes: Buffer.concat(chunks, length) };
}

function fileProblem(name: string, thrown: unknown): ReadProblem {
  const { ruleId, message, hint } = describeFileError(name, thrown);
  return { file: name, line: 0, column: 0, severity: 'error', ruleId, fieldPath: '', message, hint };
}
