import type { DraftOrder, Evidence, ExtractionResult } from '../domain/draft-order.ts';
import { locateEvidence } from '../extraction/evidence/locate-evidence.ts';
import { DEFAULT_POLICY, type MasterData, type MatchPolicy } from '../domain/master-data.ts';
import { matchOrders } from '../matching/match-orders.ts';
import { readInput } from '../documents/read-input.ts';
import { assembleOrders } from '../extraction/assemble/assemble-orders.ts';
import type { OrderReader } from '../extraction/model/order-reader.ts';
import type { LearnedLayout } from '../domain/learned-layout.ts';
import { refineWithModel, type ModelMode } from '../extraction/model/refine-with-model.ts';

export interface ExtractOptions {
  /** Our own company name(s) (setting SELLER_NAME), so they are never read as the buyer. */
  sellerNames?: string[];
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Most pages read from one document. */
  maxPages?: number;
  /** OCR languages to choose from (setting OCR_LANGS); the first is tried first. */
  ocrLangs?: string[];
  /** A language model for what the rules leave open (src/llm); without one, rules only. */
  reader?: OrderReader;
  /** auto (default): ask the model only for drafts the rules send to review; always: for every order. */
  llmMode?: ModelMode;
  /** Catalogue, customers and cross-references; without them, no matching (catalogSku stays null). */
  master?: MasterData;
  /** Price tolerance and confidence thresholds of the matching step. */
  policy?: MatchPolicy;
  /** Layouts learned from approvals; without them, every document is read at first sight. */
  layouts?: readonly LearnedLayout[];
}

/**
 * The one extraction path shared by the CLI, the drop folder and IMAP: bytes of an email or a
 * file in, the contract's extraction result out. Throws InputError for unreadable input.
 */
export async function extractInput(name: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const input = await readInput(name, bytes, { maxBytes: options.maxBytes, maxPages: options.maxPages, ocr: options.ocrLangs?.length ? { langs: options.ocrLangs } : undefined });
  const result = assembleOrders(input, { sellerNames: options.sellerNames ?? [], layouts: options.layouts });
  const refined = options.reader ? await refineWithModel(result, input, { reader: options.reader, mode: options.llmMode ?? 'auto' }) : result;
  const matched = options.master
    ? matchOrders(refined, { master: options.master, policy: options.policy ?? DEFAULT_POLICY, envelope: input.envelope, texts: input.documents.map((d) => d.text) })
    : refined;
  // Where each final value stands on a page image, for the review desk's outlines: the reading's
  // own boxes, and for the values it did not place (the model's, the parties') a search by value.
  return { ...matched, orders: matched.orders.map(withSearchedEvidence(input.documents)) };
}

function withSearchedEvidence(documents: Parameters<typeof locateEvidence>[0]) {
  return (order: DraftOrder): DraftOrder => {
    const read = order.evidence ?? [];
    const evidence: Evidence[] = [...read, ...locateEvidence(documents, order, new Set(read.map((e) => e.field)))];
    return evidence.length > 0 ? { ...order, evidence } : order;
  };
}
