import { readFile } from 'node:fs/promises';
import { readMasterCsv } from '../documents/read-master-csv.ts';
import { PoInboxError } from '../domain/errors.ts';
import type { Logger } from '../domain/logger.ts';
import type { MasterData, MatchPolicy } from '../domain/master-data.ts';
import { parseCatalogRows, parseCustomerRows, parseXrefRows, type MasterKind, type ParsedRows } from '../matching/parse-master-rows.ts';
import { saveXrefs } from '../store/customer-xrefs.ts';
import { saveCatalog, saveCustomers, type ImportReport } from '../store/master-data.ts';
import type { Database } from '../store/schema.ts';
import type { Kysely } from 'kysely';
import type { Settings } from './load-settings.ts';

// Master data files at startup (CATALOG_FILE, CUSTOMERS_FILE, XREF_FILE) and for `po-inbox import`.

const PARSERS = { catalog: parseCatalogRows, customers: parseCustomerRows, xref: parseXrefRows } as const;
const SETTING: Record<MasterKind, 'CATALOG_FILE' | 'CUSTOMERS_FILE' | 'XREF_FILE'> = { catalog: 'CATALOG_FILE', customers: 'CUSTOMERS_FILE', xref: 'XREF_FILE' };

export async function loadMasterFile<K extends MasterKind>(kind: K, path: string): Promise<ReturnType<(typeof PARSERS)[K]>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new PoInboxError('bad-setting', `cannot read ${kind} file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
  const parsed = PARSERS[kind](readMasterCsv(text)) as ReturnType<(typeof PARSERS)[K]>;
  if (parsed.missingColumns.length > 0) throw new PoInboxError('bad-setting', `${kind} file ${path} lacks the column(s) ${parsed.missingColumns.join(', ')} in its header row`);
  return parsed;
}

export function toPolicy(settings: Settings): MatchPolicy {
  return {
    priceTolerancePercent: settings.PRICE_TOLERANCE_PERCENT,
    confidenceMandatory: settings.CONFIDENCE_MANDATORY,
    confidenceOptional: settings.CONFIDENCE_OPTIONAL,
    authservIds: settings.AUTHSERV_ID,
  };
}

/** For `po-inbox extract`, which stores nothing: master data straight from the files, or undefined. */
export async function loadMasterData(settings: Settings): Promise<MasterData | undefined> {
  if (!settings.CATALOG_FILE && !settings.CUSTOMERS_FILE) return undefined;
  const catalog = settings.CATALOG_FILE ? (await loadMasterFile('catalog', settings.CATALOG_FILE)).rows : [];
  const customers = settings.CUSTOMERS_FILE ? (await loadMasterFile('customers', settings.CUSTOMERS_FILE)).rows : [];
  const xrefs = settings.XREF_FILE ? (await loadMasterFile('xref', settings.XREF_FILE)).rows : [];
  return { catalog, customers, xrefs };
}

/** Imports one file into the store; parse rejections and store rejections in one report. */
export async function importMasterFile(db: Kysely<Database>, kind: MasterKind, path: string): Promise<ImportReport> {
  const parsed: ParsedRows<unknown> = await loadMasterFile(kind, path);
  const saved =
    kind === 'catalog'
      ? await saveCatalog(db, (parsed as Awaited<ReturnType<typeof loadMasterFile<'catalog'>>>).rows)
      : kind === 'customers'
        ? await saveCustomers(db, (parsed as Awaited<ReturnType<typeof loadMasterFile<'customers'>>>).rows)
        : await saveXrefs(db, (parsed as Awaited<ReturnType<typeof loadMasterFile<'xref'>>>).rows);
  return { ...saved, rejected: [...parsed.rejected, ...saved.rejected].sort((a, b) => a.row - b.row) };
}

/** At worker start: every configured file into the store (idempotent), one log line each. */
export async function importConfiguredMaster(db: Kysely<Database>, settings: Settings, log: Logger): Promise<void> {
  for (const kind of ['catalog', 'customers', 'xref'] as const) {
    const path = settings[SETTING[kind]];
    if (!path) continue;
    const report = await importMasterFile(db, kind, path);
    log.info({ kind, file: path, added: report.added, changed: report.changed, unchanged: report.unchanged, rejected: report.rejected.length }, 'master data imported');
    for (const r of report.rejected.slice(0, 20)) log.warn({ kind, file: path, row: r.row, reason: r.reason }, 'master data row rejected');
  }
}

export function formatImportReport(kind: MasterKind, path: string, report: ImportReport): string {
  const lines = [`${kind} ${path}: ${report.added} added, ${report.changed} changed, ${report.unchanged} unchanged, ${report.rejected.length} rejected`];
  for (const r of report.rejected) lines.push(`  row ${r.row}: ${r.reason}`);
  return `${lines.join('\n')}\n`;
}
