import type { Kysely } from 'kysely';
import { buildLlmOptions, type LlmOptions } from '../cli/build-order-reader.ts';
import { loadMasterData, toPolicy } from '../cli/load-master-files.ts';
import type { Settings } from '../cli/load-settings.ts';
import type { ExtractionResult } from '../domain/draft-order.ts';
import type { MasterData } from '../domain/master-data.ts';
import { fetchMasterData, masterDataVersion } from '../store/master-data.ts';
import type { Database } from '../store/schema.ts';
import { extractInput } from '../pipeline/extract-input.ts';
import type { LearnedLayout } from '../domain/learned-layout.ts';
import { fetchActiveLayouts, layoutsVersion } from '../store/layouts.ts';

// The one way the extraction path is built from settings: seller names, OCR languages, the model
// (when one is configured), the master data and the matching policy. The worker, `po-inbox extract`,
// re-extract on the desk and `npm run score` all take theirs from here, so a draft re-extracted
// on the desk is read exactly as the worker read it.

export interface MasterSource {
  /** Changes whenever the master data does; asked before every extraction. */
  version(): Promise<string>;
  load(): Promise<MasterData | undefined>;
}

/** The store's master data: read again only when its version changed (an import, a learned mapping). */
export function storeMaster(db: Kysely<Database>): MasterSource {
  return { version: () => masterDataVersion(db), load: async () => (await fetchMasterData(db)) ?? undefined };
}

/** Master data from the CATALOG_FILE / CUSTOMERS_FILE / XREF_FILE settings, read once. */
export function fileMaster(settings: Settings): MasterSource {
  let loaded: Promise<MasterData | undefined> | undefined;
  return { version: async () => 'files', load: () => (loaded ??= loadMasterData(settings)) };
}

export interface LayoutSource {
  /** Changes whenever a layout is learned, taught again, retired or deleted; asked before every extraction. */
  version(): Promise<string>;
  load(): Promise<LearnedLayout[]>;
}

/** The layouts learned from approvals in the store: every worker sees one learned by another at its next message. */
export function storeLayouts(db: Kysely<Database>): LayoutSource {
  return { version: () => layoutsVersion(db), load: () => fetchActiveLayouts(db) };
}

export const NO_MASTER: MasterSource = { version: async () => 'none', load: async () => undefined };

export interface ExtractorOptions {
  master?: MasterSource;
  /** Use the model when the settings configure one (default true); scoring the rules alone says false. */
  model?: boolean;
  /** Layouts learned from approvals; without them every document is read at first sight. */
  layouts?: LayoutSource;
}

export interface Extractor {
  extract(name: string, bytes: Uint8Array): Promise<ExtractionResult>;
}

export function createExtractor(settings: Settings, options: ExtractorOptions = {}): Extractor {
  const source = options.master ?? NO_MASTER;
  const policy = toPolicy(settings);
  // Built once: every message shares one client, circuit breaker and concurrency limit for the model.
  let llm: Promise<LlmOptions> | undefined;
  let cached: { version: string; data: Promise<MasterData | undefined> } | undefined;
  const master = async (): Promise<MasterData | undefined> => {
    const version = await source.version();
    if (cached?.version !== version) {
      const data = source.load().then((m) => (m ? { ...m, version } : undefined));
      cached = { version, data };
      data.catch(() => (cached = undefined)); // a failed read is tried again next time
    }
    return cached.data;
  };
  let learned: { version: string; data: Promise<LearnedLayout[]> } | undefined;
  const layouts = async (): Promise<LearnedLayout[] | undefined> => {
    if (!options.layouts) return undefined;
    const version = await options.layouts.version();
    if (learned?.version !== version) {
      const data = options.layouts.load();
      learned = { version, data };
      data.catch(() => (learned = undefined));
    }
    return learned.data;
  };
  return {
    async extract(name, bytes) {
      const model = options.model === false ? {} : await (llm ??= buildLlmOptions(settings));
      return extractInput(name, bytes, { sellerNames: settings.SELLER_NAME, ocrLangs: settings.OCR_LANGS, ...model, master: await master(), policy, layouts: await layouts() });
    },
  };
}
