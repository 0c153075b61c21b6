// Re-parses every truth in samples/holdout2/corpus with extractionResultSchema.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionResultSchema } from '../../src/domain/draft-order.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.truth.json'));
let orders = 0;
for (const f of files) {
  const t = extractionResultSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  if (t.source.file !== f.replace(/\.truth\.json$/, '')) throw new Error(`${f}: source.file`);
  if (t.isPurchaseOrder !== t.orders.length > 0) throw new Error(`${f}: isPurchaseOrder vs orders`);
  orders += t.orders.length;
}
process.stdout.write(`${files.length} truths valid, ${orders} orders\n`);
