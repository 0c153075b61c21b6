// The fuzz run's extraction child (forked by fuzz-extract.ts): runs extractInput on one input at
// a time and reports how it ended. In a child, an endless loop or a heap blown by one input is
// seen by the parent (a timeout, an exit) instead of stopping the run.

import { InputError } from '../../src/domain/errors.ts';
import { closeOcr } from '../../src/documents/read-input.ts';
import { extractInput } from '../../src/pipeline/extract-input.ts';
import type { ChildOutcome, FuzzRequest } from './fuzz-extract.ts';

process.on('message', (message: FuzzRequest) => {
  if (message?.type === 'extract') void extract(message);
});

async function extract({ id, name, bytes }: FuzzRequest): Promise<void> {
  let outcome: ChildOutcome;
  try {
    const result = await extractInput(name, bytes);
    JSON.stringify(result); // a result that cannot be written out is no result
    outcome = { kind: 'result', orders: result.orders.length };
  } catch (err) {
    outcome =
      err instanceof InputError
        ? { kind: 'input-error', code: err.code, message: err.message }
        : {
            kind: 'error',
            name: err instanceof Error ? err.name : typeof err,
            message: err instanceof Error ? err.message : String(err),
            stack: err instanceof Error ? (err.stack ?? '') : '',
          };
  }
  process.send?.({ id, outcome });
}

// The run over (the parent disconnects): stop the reading sandbox's children and leave.
process.on('disconnect', () => {
  void closeOcr().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
});

process.send?.({ id: 0, outcome: { kind: 'ready' } });
