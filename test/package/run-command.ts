import { spawn } from 'node:child_process';

/** How a command ended and what it printed. */
export interface CommandResult {
  /** Exit code, or null when a signal ended it. */
  readonly status: number | null;
  /** Standard output. */
  readonly stdout: string;
  /** Standard error. */
  readonly stderr: string;
}

/** Options of {@link runCommand}. */
export interface RunOptions {
  /** Working directory. */
  readonly cwd: string;
  /** Extra environment variables, on top of {@link cleanEnv}. @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** Text for standard input. @default none (closed) */
  readonly input?: string;
}

/** npm settings a child npm may keep from the npm that runs the tests (where the cache and registry are). */
const KEPT_NPM_SETTINGS = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);

/**
 * The environment without what `npm test` adds for its scripts (`npm_package_*`,
 * `npm_config_local_prefix`, ...), so that a child npm or node program run in another folder
 * behaves as it would in a terminal there, and without colors, so output can be compared.
 */
export function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'INIT_CWD' || key === 'FORCE_COLOR') continue;
    if (/^npm_/i.test(key) && !KEPT_NPM_SETTINGS.has(key.toLowerCase())) continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1' };
}

/** Runs a program to its end, without a shell, collecting its output; never rejects on a failing exit code. */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...cleanEnv(), ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs a program and rejects, with everything it printed, unless it exits with 0. */
export async function runChecked(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  const result = await runCommand(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited with ${String(result.status)}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}
