#!/usr/bin/env node
/**
 * The `podsmith` executable (compiled to build/cli/main.js, the package's `bin`). It
 * only wires the process to {@link runCli}; output is flushed before the process ends.
 */
import { runCli } from './run-cli';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`podsmith validate . | head`) is no failure of the run;
  // any other failure to write the report is.
  if (error.code !== 'EPIPE') process.exitCode = 2;
});

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
