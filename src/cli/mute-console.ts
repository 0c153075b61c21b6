import { format } from 'node:util';

const METHODS = ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table'] as const;

/**
 * Libraries print to the console (pdf.js writes "Warning: ..." with console.log), which would
 * break `--json` stdout and the one-line error contract on stderr. While extraction runs, their
 * output is dropped, or sent to stderr when `verbose` (LOG_LEVEL=debug). Returns the restore step.
 */
export function muteConsole(verbose: boolean): () => void {
  const saved = METHODS.map((method) => [method, console[method]] as const);
  const sink = verbose ? (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`) : () => {};
  for (const method of METHODS) (console as unknown as Record<string, unknown>)[method] = sink;
  return () => {
    for (const [method, original] of saved) (console as unknown as Record<string, unknown>)[method] = original;
  };
}
