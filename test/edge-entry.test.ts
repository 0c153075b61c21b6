import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../src/edge/worker.ts';
import { createTestDatabase, type TestDatabase } from './support/postgres.ts';
import { requirePostgres } from './fixtures/require-service.ts';

const postgresUp = await requirePostgres('edge-entry');

// The Worker's entry called directly (its code is plain fetch-handler JS, so Node runs it too):
// a bad binding or an unmigrated store answers one clear response and one log line, before any
// route runs. The real runtime is exercised by edge-worker.test.ts.

const ctx = { waitUntil: (p: Promise<unknown>) => void p.catch(() => undefined) };
const request = (path = '/queue') => new Request(`http://127.0.0.1${path}`);

async function call(env: unknown, path?: string) {
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const response = await worker.fetch(request(path), env, ctx);
    return { response, body: (await response.json()) as { error: string; message: string }, logged: log.mock.calls.map((args) => String(args[0])) };
  } finally {
    log.mockRestore();
  }
}

describe('the Worker entry: settings', () => {
  it('answers 500 with one log line when the HYPERDRIVE binding is missing', async () => {
    const { response, body, logged } = await call({ PUBLIC_URL: '' });
    expect(response.status).toBe(500);
    expect(body).toEqual({ error: 'bad-setting', message: expect.stringMatching(/^bad setting HYPERDRIVE: is missing/) });
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ level: 'error', msg: expect.stringContaining('HYPERDRIVE'), path: '/queue' });
  });

  it('answers 500 when the binding holds no postgres connection string', async () => {
    const { response, body } = await call({ HYPERDRIVE: { connectionString: 'mysql://x@y/z' } });
    expect(response.status).toBe(500);
    expect(body.message).toBe('bad setting HYPERDRIVE.connectionString: is not a postgres:// connection string');
  });

  it('answers 500 for a PUBLIC_URL that is not a URL', async () => {
    const { response, body } = await call({ HYPERDRIVE: { connectionString: 'postgres://u:p@127.0.0.1:1/db' }, PUBLIC_URL: 'desk.example.com' });
    expect(response.status).toBe(500);
    expect(body.message).toBe('bad setting PUBLIC_URL: is not an absolute URL');
  });

  it('answers 503 when the store cannot be reached', async () => {
    const { response, body, logged } = await call({ HYPERDRIVE: { connectionString: 'postgres://u:p@127.0.0.1:1/db' } });
    expect(response.status).toBe(503);
    expect(body.message).toMatch(/^cannot reach the store through HYPERDRIVE: /);
    expect(logged).toHaveLength(1);
  });
});

describe.skipIf(!postgresUp)('the Worker entry: schema', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('answers 500 and says to run the Node side when the store was never migrated', async () => {
    const { response, body } = await call({ HYPERDRIVE: { connectionString: database.url } });
    expect(response.status).toBe(500);
    expect(body.message).toBe('the store has no po-inbox schema: run po-inbox serve or run (Node) on the same database once to create it');
  });

  it('answers 500 when the Node side has not applied the latest migration yet', async () => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`create table kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null)`);
    await client.query(`insert into kysely_migration values ('0001_store', now()::text)`);
    await client.end();
    const { response, body } = await call({ HYPERDRIVE: { connectionString: database.url } });
    expect(response.status).toBe(500);
    expect(body.message).toMatch(/^the store's schema is older than this Worker \(migration \w+ missing\): run po-inbox serve or run/);
  });
});
