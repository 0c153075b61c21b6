import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import pg from 'pg';

// A PostgreSQL database of its own for each test file, on the server this machine kind runs
// (127.0.0.1:5432, user postgres, trust auth). POSTGRES_ADMIN_URL overrides where that is.

export const ADMIN_URL = process.env.POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * True when something accepts connections at the admin URL's host and port. Tests ask through
 * requirePostgres (test/fixtures/require-service.ts), which decides between failing and skipping.
 */
export function isPostgresUp(): Promise<boolean> {
  return answers(new URL(ADMIN_URL));
}

function answers(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.connect(Number(url.port || 5432), url.hostname);
  });
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `po_inbox_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
