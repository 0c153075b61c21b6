import { serve, type ServerType } from '@hono/node-server';
import { PoInboxError } from '../domain/errors.ts';
import type { Logger } from '../domain/logger.ts';
import type { Store } from '../store/open-store.ts';
import { createApp } from '../web/create-app.ts';

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** The review UI and HTTP API on Node. Fails with a one-line setting error when the port is taken. */
export async function startServer(store: Store, host: string, port: number, logger: Logger): Promise<Server> {
  const app = createApp({ db: store.db });
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
