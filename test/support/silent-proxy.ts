import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP forwarder between a client and a server that can go silent, the way a dead NAT entry or a
 * hung proxy does: while frozen it forwards no byte in either direction but keeps every socket
 * open, so neither end sees a FIN, an RST or an error, only silence.
 *
 * Bytes (and half-closes) that arrive while frozen are held, not dropped, and delivered in order on
 * thaw(), like a link that comes back before TCP gives up; a stream is never corrupted. A side that
 * closes with an error while frozen takes its peer down only on thaw().
 */
export interface SilentProxy {
  /** The loopback port clients connect to. */
  port: number;
  /** Stop forwarding bytes both ways; every socket stays open, new connections are accepted but silent too. */
  freeze(): void;
  /** Forward again, first delivering whatever was held while frozen. */
  thaw(): void;
  /** Destroy every current connection, both the client side and the upstream side. */
  dropAll(): void;
  /** Destroy every connection and stop listening. */
  close(): Promise<void>;
  /** How many client connections are currently open. */
  connections(): number;
}

type Held = Buffer | 'end';

interface Leg {
  from: Socket;
  to: Socket;
  held: Held[];
  /** `from` closed with an error while frozen: destroy `to` on thaw. */
  destroyPending: boolean;
}

interface Pair {
  client: Socket;
  upstream: Socket;
  legs: [Leg, Leg];
}

export async function startSilentProxy(targetHost: string, targetPort: number): Promise<SilentProxy> {
  let frozen = false;
  const pairs = new Set<Pair>();

  const flush = (leg: Leg): void => {
    while (leg.held.length > 0) {
      const item = leg.held.shift()!;
      if (leg.to.destroyed) continue;
      if (item === 'end') leg.to.end();
      else leg.to.write(item);
    }
    if (leg.destroyPending) {
      leg.destroyPending = false;
      leg.to.destroy();
    }
  };

  const wire = (leg: Leg): void => {
    leg.from.on('data', (chunk: Buffer) => {
      if (frozen || leg.held.length > 0) leg.held.push(chunk);
      else if (!leg.to.destroyed) leg.to.write(chunk);
    });
    leg.from.on('end', () => {
      if (frozen || leg.held.length > 0) leg.held.push('end');
      else if (!leg.to.destroyed) leg.to.end();
    });
    leg.from.on('close', (hadError: boolean) => {
      if (!hadError) return; // a clean close already sent 'end' along
      if (frozen) leg.destroyPending = true;
      else {
        flush(leg);
        leg.to.destroy();
      }
    });
  };

  const server: Server = createServer({ allowHalfOpen: true }, (client) => {
    const upstream = createConnection({ host: targetHost, port: targetPort, allowHalfOpen: true });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    // Errors (ECONNRESET, ECONNREFUSED, EPIPE) only end the connection; 'close' does the rest.
    client.on('error', () => {});
    upstream.on('error', () => {});
    const toUpstream: Leg = { from: client, to: upstream, held: [], destroyPending: false };
    const toClient: Leg = { from: upstream, to: client, held: [], destroyPending: false };
    const pair: Pair = { client, upstream, legs: [toUpstream, toClient] };
    pairs.add(pair);
    wire(toUpstream);
    wire(toClient);
    // Forgotten only once both sides are gone, so thaw(), dropAll() and close() still reach a
    // socket whose peer closed while frozen.
    const forget = (): void => {
      if (client.destroyed && upstream.destroyed) pairs.delete(pair);
    };
    client.on('close', forget);
    upstream.on('close', forget);
  });
  server.on('error', () => {});

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('silent proxy: no TCP address');

  const dropAll = (): void => {
    for (const pair of [...pairs]) {
      for (const leg of pair.legs) {
        leg.held.length = 0;
        leg.destroyPending = false;
      }
      pair.client.destroy();
      pair.upstream.destroy();
    }
    pairs.clear();
  };

  return {
    port: address.port,
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const pair of [...pairs]) {
        for (const leg of pair.legs) flush(leg);
      }
    },
    dropAll,
    connections: () => [...pairs].filter((p) => !p.client.destroyed).length,
    close() {
      dropAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
