import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { packageVersion } from './package-version';
import { runCli } from './run-cli';
import type { CommandIo } from './validate-command';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdin: Readable.from([]), cwd: __dirname };
  const code = await runCli(argv, io, () => () => ({ validate: () => [] }));
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('prints the help on stderr and exits 2 without arguments', async () => {
    const { code, stdout, stderr } = await run([]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('Usage: podsmith <command>');
  });

  it.each([['--help'], ['-h'], ['help']])('prints the help for %s', async (flag) => {
    const { code, stdout } = await run([flag]);
    expect(code).toBe(0);
    expect(stdout).toContain('validate PATH... | -');
  });

  it('prints the command help for help validate', async () => {
    expect((await run(['help', 'validate'])).stdout).toContain('Usage: podsmith validate');
  });

  it.each([['--version'], ['-v'], ['version']])('prints the version for %s', async (flag) => {
    expect(await run([flag])).toEqual({ code: 0, stdout: `${packageVersion()}\n`, stderr: '' });
  });

  it.each([
    [['frobnicate'], "podsmith: unknown command 'frobnicate'\nrun 'podsmith --help' for usage\n"],
    [['--frobnicate'], "podsmith: unknown option '--frobnicate'\nrun 'podsmith --help' for usage\n"],
    [['validate'], "podsmith: no input: give manifest files, directories, or '-' to read standard input\nrun 'podsmith validate --help' for usage\n"],
    [['validate', '--format', 'xml', 'a'], "podsmith: option '--format' must be 'text' or 'json' (got 'xml')\nrun 'podsmith validate --help' for usage\n"],
  ])('exits 2 with a one-line usage error for %j', async (argv, stderr) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('runs validate', async () => {
    expect(await run(['validate', 'fixtures/valid'])).toMatchObject({ code: 0, stderr: '' });
  });
});
