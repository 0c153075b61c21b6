import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { createTestDatabase } from './postgres.ts';

// A migrated store of its own for a test file: a SQLite file in a temp folder, or a fresh
// PostgreSQL database; `drop` closes it and removes the file or database.

export interface TestStore {
  store: Store;
  url: string;
  drop(): Promise<void>;
}

export async function openTestStore(dialect: 'sqlite' | 'postgres'): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'po-store-'));
    const url = `sqlite:${join(dir, 'po.db')}`;
    const store = await openStore(url);
    return { store, url, drop: async () => (await store.close(), await rm(dir, { recursive: true, force: true })) };
  }
  const database = await createTestDatabase();
  const store = await openStore(database.url);
  return { store, url: database.url, drop: async () => (await store.close(), await database.drop()) };
}
