import type { ExtractionResult } from '../domain/draft-order.ts';
import { readInput } from '../documents/read-input.ts';
import { assembleOrders } from '../extraction/assemble-orders.ts';

export interface ExtractOptions {
  /** Our own company name(s) (setting SELLER_NAME), so they are never read as the buyer. */
  sellerNames?: string[];
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Most pages read from one document. */
  maxPages?: number;
  /** OCR languages to choose from (setting OCR_LANGS); the first is tried first. */
  ocrLangs?: string[];
}

/**
 * The one extraction path shared by the CLI, the drop folder and IMAP: bytes of an email or a
 * file in, the contract's extraction result out. Throws InputError for unreadable input.
 */
export async function extractInput(name: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const input = await readInput(name, bytes, { maxBytes: options.maxBytes, maxPages: options.maxPages, ocr: options.ocrLangs?.length ? { langs: options.ocrLangs } : undefined });
  return assembleOrders(input, { sellerNames: options.sellerNames ?? [] });
}
