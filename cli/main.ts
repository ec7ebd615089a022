#!/usr/bin/env node
/**
 * The `podsmith` executable (compiled to build/cli/main.js, the package's `bin`). It
 * only wires the process to {@link runCli}; output is flushed before the process ends.
 */
import { runCli } from './run-cli';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`podsmith validate . | head`) is not an error of podsmith.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
