import { describe, expect, it } from 'vitest';
import { UsageError } from './usage-error';
import { parseByteSize, parseValidateArgs } from './validate-args';

describe('parseValidateArgs', () => {
  it('needs at least one path', () => {
    expect(() => parseValidateArgs([])).toThrow(new UsageError("no input: give manifest files, directories, or '-' to read standard input", 'validate'));
  });

  it('takes paths with the defaults', () => {
    expect(parseValidateArgs(['a.yaml', 'dir'])).toEqual({
      paths: ['a.yaml', 'dir'],
      kubernetesVersion: undefined,
      podSecurity: undefined,
      format: 'text',
      strictKinds: false,
      maxFileBytes: 64 * 1024 * 1024,
      help: false,
    });
  });

  it('takes every option, in either spelling of values', () => {
    expect(parseValidateArgs(['--kubernetes-version', '1.30', '--pss=restricted', '--format', 'json', '--strict-kinds', '--max-file-size', '1Mi', '-', 'x'])).toEqual({
      paths: ['-', 'x'],
      kubernetesVersion: '1.30',
      podSecurity: 'restricted',
      format: 'json',
      strictKinds: true,
      maxFileBytes: 1024 * 1024,
      help: false,
    });
  });

  it('takes paths that look like options after --', () => {
    expect(parseValidateArgs(['--', '--odd.yaml', '-x']).paths).toEqual(['--odd.yaml', '-x']);
  });

  it.each([['--help'], ['-h'], ['-h', 'a.yaml']])('takes %s without paths', (...argv) => {
    expect(parseValidateArgs(argv).help).toBe(true);
  });

  it.each([
    [['--foo', 'a'], "unknown option '--foo'"],
    [['-x', 'a'], "unknown option '-x'"],
    [['a', '--format'], "option '--format' needs a value"],
    [['--format', '--strict-kinds', 'a'], "option '--format' needs a value (found '--strict-kinds' instead)"],
    [['--format', 'yaml', 'a'], "option '--format' must be 'text' or 'json' (got 'yaml')"],
    [['--pss', 'privileged', 'a'], "option '--pss' must be 'baseline' or 'restricted' (got 'privileged')"],
    [['--strict-kinds=yes', 'a'], "option '--strict-kinds' takes no value (got 'yes')"],
    [['--max-file-size', 'big', 'a'], "option '--max-file-size' must be a size such as 64Mi, 500K or 1048576 (got 'big')"],
  ])('refuses %j', (argv, message) => {
    expect(() => parseValidateArgs(argv)).toThrow(message);
  });
});

describe('parseByteSize', () => {
  it.each([
    ['1', 1],
    ['1048576', 1048576],
    ['500K', 500_000],
    ['64Mi', 64 * 1024 * 1024],
    ['64MiB', 64 * 1024 * 1024],
    ['1.5Gi', 1.5 * 1024 ** 3],
    ['2G', 2e9],
  ])('reads %s as %i bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each(['', '0', '-1', 'Mi', '1 TB', '1e3'])('refuses %j', (text) => {
    expect(() => parseByteSize(text)).toThrow(UsageError);
  });
});
