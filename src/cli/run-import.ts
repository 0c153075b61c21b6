import type { MasterKind } from '../matching/parse-master-rows.ts';
import { openStore } from '../store/open-store.ts';
import { formatImportReport, importMasterFile } from './load-master-files.ts';
import type { Settings } from './load-settings.ts';
import type { CliOutput } from './run-extract.ts';

/** `po-inbox import catalog|customers|xref FILE`: into the store, idempotent, with a report. */
export async function runImport(kind: MasterKind, file: string, settings: Settings, output: CliOutput): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    const report = await importMasterFile(store.db, kind, file);
    output.stdout(formatImportReport(kind, file, report));
    return 0;
  } finally {
    await store.close();
  }
}
