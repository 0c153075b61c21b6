import { silentLogger } from '../../src/domain/logger.ts';
import { startOutboxDispatcher } from '../../src/pipeline/deliver-outbox.ts';
import { openStore } from '../../src/store/open-store.ts';

// The dispatcher alone in a process of its own, so a test can SIGKILL it mid-send.
// Settings come from the environment: DATABASE_URL, SMTP_URL, ACK_FROM, OUTBOX_LEASE_MS.

const env = process.env;
const store = await openStore(env.DATABASE_URL ?? '');
startOutboxDispatcher({ SMTP_URL: env.SMTP_URL, ACK_FROM: env.ACK_FROM, HOST: '127.0.0.1', PORT: 8787 }, store, silentLogger, {
  pollMs: 50,
  leaseMs: Number(env.OUTBOX_LEASE_MS ?? 1000),
  baseDelayMs: 100,
});
process.stdout.write('ready\n');
