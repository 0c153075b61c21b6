import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { parseSettings, type Settings } from '../cli/load-settings.ts';
import { PoInboxError } from '../domain/errors.ts';
import type { Logger } from '../domain/logger.ts';
import type { Store } from '../store/open-store.ts';
import { createApp } from '../web/create-app.ts';
import { createOriginals } from './read-originals.ts';
import { createReextract } from './reextract-draft.ts';
import { createIntake } from './create-intake.ts';

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** The service's settings; re-extract builds the worker's own extractor from them. Defaults: no settings at all. */
export type ServerSettings = Settings;

/** The review UI and HTTP API on Node. Fails with a one-line setting error when the port is taken. */
export async function startServer(store: Store, host: string, port: number, logger: Logger, settings: ServerSettings = parseSettings({})): Promise<Server> {
  const app = createApp({
    db: store.db,
    originals: createOriginals(store.db),
    reextract: createReextract(store.db, settings),
    intake: createIntake(store, settings, logger),
    publicUrl: settings.PUBLIC_URL,
    // The socket's peer: behind a proxy this is the proxy, which still limits sign-in attempts as a whole.
    clientIp: (c) => getConnInfo(c).remote.address ?? 'unknown',
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(started));
    started.once('error', (err: NodeJS.ErrnoException) => {
      const reason = err.code === 'EADDRINUSE' ? `${host}:${port} is already in use` : err.message;
      reject(new PoInboxError('bad-setting', `bad setting PORT: cannot listen on ${host}:${port}: ${reason}`, { cause: err }));
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  logger.info({ url }, 'review server listening');
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
