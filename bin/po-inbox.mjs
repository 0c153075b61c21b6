#!/usr/bin/env node
// The package bin: loads the TypeScript sources through tsx, so a checkout runs without a build step.
import { register } from 'tsx/esm/api';

register();
// tsx turns on source maps; parsing them for every bundled library costs startup time and ~80 MB,
// and users never see a stack trace. Kept for LOG_LEVEL=debug, where a developer may.
if (process.env.LOG_LEVEL !== 'debug') process.setSourceMapsEnabled(false);
let cli;
try {
  cli = await import('../src/cli/main.ts');
} catch (err) {
  // A broken checkout still answers in one line, as every other failure does (cli.md).
  process.stderr.write(`po-inbox: cannot start: ${String(err?.message ?? err).split('\n')[0]}\n`);
  process.exit(1);
}
await cli.runCli(process.argv.slice(2));
