import { describe, expect, it } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import type { MasterData } from '../src/domain/master-data.ts';
import { createExtractor, type MasterSource } from '../src/main/create-extractor.ts';
import { importMasterFile } from '../src/cli/load-master-files.ts';
import { masterDataVersion } from '../src/store/master-data.ts';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures/run-cli.ts';
import { requirePostgres } from './fixtures/require-service.ts';
import { openTestStore } from './support/test-store.ts';

// The extractor asks its master data for a version per message and reads (and indexes) it again
// only when the version changed: an import or a learned mapping applies to the next message.

const TEXT = new TextEncoder().encode(
  'PURCHASE ORDER\nPO Number: 4500012345\nOrder Date: 2026-03-02\n\nQty  Item     Description   Unit Price  Amount\n2    AB-100   Hex bolt      1.50        3.00\n\nTotal 3.00\n',
);

function countingSource(): MasterSource & { loads: number; setVersion(v: string): void } {
  let version = 'v1';
  const source = {
    loads: 0,
    setVersion: (v: string) => void (version = v),
    version: async () => version,
    load: async (): Promise<MasterData> => {
      source.loads += 1;
      return {
        catalog: [{ sku: 'AB-100', description: 'Hex bolt', unit: 'EA', unitPrice: 1.5, currency: 'USD', stockOnHand: null, gtin: null, prices: {} }],
        customers: [],
        xrefs: [],
      };
    },
  };
  return source;
}

describe('createExtractor', () => {
  it('reads the master data once per version and matches lines against it', async () => {
    const source = countingSource();
    const extractor = createExtractor(parseSettings({}), { master: source });
    const first = await extractor.extract('po.txt', TEXT);
    await extractor.extract('po.txt', TEXT);
    expect(source.loads).toBe(1);
    expect(first.orders[0]!.lines[0]!.catalogSku).toBe('AB-100');
    source.setVersion('v2');
    await extractor.extract('po.txt', TEXT);
    expect(source.loads).toBe(2);
  });

  it('without master data matches nothing', async () => {
    const result = await createExtractor(parseSettings({})).extract('po.txt', TEXT);
    expect(result.orders[0]!.lines[0]!.catalogSku).toBeNull();
    expect(result.orders[0]!.matching).toBeUndefined();
  });
});

const postgresUp = await requirePostgres('create-extractor');

describe.each([
  ['sqlite', true],
  ['postgres', postgresUp],
] as const)('master data version on %s', (dialect, available) => {
  it.skipIf(!available)('changes with an import that adds or changes rows, and not with one that changes nothing', async () => {
    const { store, drop } = await openTestStore(dialect);
    try {
      const empty = await masterDataVersion(store.db);
      const catalog = join(REPO_ROOT, 'samples/master/catalog.csv');
      await importMasterFile(store.db, 'catalog', catalog);
      const imported = await masterDataVersion(store.db);
      expect(imported).not.toBe(empty);
      await importMasterFile(store.db, 'catalog', catalog);
      expect(await masterDataVersion(store.db)).toBe(imported);
      await importMasterFile(store.db, 'xref', join(REPO_ROOT, 'samples/master/xref.csv'));
      expect(await masterDataVersion(store.db)).not.toBe(imported);
    } finally {
      await drop();
    }
  });
});
