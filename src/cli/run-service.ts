import type { Logger } from '../domain/logger.ts';
import { createLogger } from '../main/create-logger.ts';
import { startServer, type Server } from '../main/start-server.ts';
import { startWorker, type Worker } from '../main/start-worker.ts';
import { openStore } from '../store/open-store.ts';
import type { Settings } from './load-settings.ts';
import { configureReading } from './configure-reading.ts';
import { muteConsole } from './mute-console.ts';

// `po-inbox run | worker | serve`: open the store (migrating it), start the parts, and stop them
// gracefully on SIGTERM / SIGINT: the worker finishes or releases the message in hand, the OCR
// pool closes, the mailbox logs out, the store closes.

export type ServiceMode = 'run' | 'worker' | 'serve';

export async function runService(mode: ServiceMode, settings: Settings, logger: Logger = createLogger(settings.LOG_LEVEL)): Promise<number> {
  // Libraries that print (pdf.js warnings) must not break the JSON log lines on stdout.
  muteConsole(settings.LOG_LEVEL === 'debug');
  configureReading(settings);
  const store = await openStore(settings.DATABASE_URL);
  let worker: Worker | null = null;
  let server: Server | null = null;
  try {
    if (mode !== 'worker') server = await startServer(store, settings.HOST, settings.PORT, logger, settings);
    if (mode !== 'serve') worker = await startWorker(settings, store, logger);
  } catch (err) {
    await server?.stop();
    await store.close();
    throw err;
  }
  const signal = await waitForStopSignal();
  logger.info({ signal }, 'stopping');
  const forced = setTimeout(() => {
    logger.error({}, 'did not stop within 60 s; exiting');
    process.exit(1);
  }, 60_000);
  forced.unref();
  await worker?.stop();
  await server?.stop();
  await store.close();
  clearTimeout(forced);
  logger.info({}, 'stopped');
  return 0;
}

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
