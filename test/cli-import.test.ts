import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './fixtures/run-cli.ts';

// `po-inbox import catalog|customers|xref FILE` through the real bin, and `extract` with master files.

let work: string;
let env: Record<string, string>;
const master = (name: string) => join(REPO_ROOT, 'samples/master', name);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'po-import-'));
  env = { DATABASE_URL: `sqlite:${join(work, 'po.db')}` };
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('po-inbox import', () => {
  it('imports a file, then finds nothing new on the second run', async () => {
    const first = await runCli(['import', 'customers', master('customers.csv')], { cwd: work, env });
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^customers .*customers\.csv: 5 added, 0 changed, 0 unchanged, 0 rejected\n$/);
    const again = await runCli(['import', 'customers', master('customers.csv')], { cwd: work, env });
    expect(again.stdout).toMatch(/0 added, 0 changed, 5 unchanged, 0 rejected/);
  });

  it('reports rejected rows with their reasons and refuses a file without its columns', async () => {
    await writeFile(
      join(work, 'catalog.csv'),
      'sku,description,unit,unit_price,currency,stock_on_hand,gtin\nA-1,Widget,EA,2.5,USD,10,\nB-2,Gadget,EA,cheap,USD,,\nA-1,Widget again,EA,3,USD,,\n',
    );
    const run = await runCli(['import', 'catalog', join(work, 'catalog.csv')], { cwd: work, env });
    expect(run.stdout).toContain('1 added, 0 changed, 0 unchanged, 2 rejected');
    expect(run.stdout).toContain('  row 2: unit_price is not a number');
    expect(run.stdout).toContain('  row 3: A-1 appears twice; the first row is kept');
    await writeFile(join(work, 'bad.csv'), 'customer_id,sku\nC,A\n');
    const bad = await runCli(['import', 'xref', join(work, 'bad.csv')], { cwd: work, env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/lacks the column\(s\) customer_sku, unit_factor/);
    expect((await runCli(['import', 'prices', 'x.csv'], { cwd: work, env })).code).toBe(2);
  });

  it('extract matches with the master files set', async () => {
    const run = await runCli(['extract', '--json', join(REPO_ROOT, 'samples/corpus/email-pdf-en-02.eml')], {
      cwd: work,
      env: { CATALOG_FILE: master('catalog.csv'), CUSTOMERS_FILE: master('customers.csv'), XREF_FILE: master('xref.csv') },
    });
    const result = JSON.parse(run.stdout);
    expect(result.orders[0].buyer.customerId).toBe('C-1002');
    expect(result.orders[0].lines.map((l: { catalogSku: string }) => l.catalogSku)).toEqual(['SG-AF-CLR', 'EPX-2K-50', 'SF-1815-80']);
  }, 30_000);
});
