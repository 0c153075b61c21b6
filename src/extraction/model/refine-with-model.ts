import type { DraftOrder, ExtractionInfo, ExtractionResult } from '../../domain/draft-order.ts';
import type { ReadInput } from '../../domain/layout.ts';
import { groundModelFindings } from './ground-model-findings.ts';
import { markModelUnavailable, mergeModelFindings } from './merge-model-findings.ts';
import type { OrderReader, ReaderDocument, ReaderUsage } from './order-reader.ts';

// The one place the rules' drafts meet the model: which drafts are worth a call, what the model
// sees, and how its answer comes back (grounded, then merged).

/** auto: ask only when the rules left a draft for review; always: ask for every order. */
export type ModelMode = 'auto' | 'always';

export interface RefineOptions {
  reader: OrderReader;
  mode: ModelMode;
}

const RULES_ONLY: ExtractionInfo = { method: 'rules', model: null, promptVersion: null, tokens: null, costUsd: null };

/** What the model is shown: the subject and every part that was read, page by page. */
export function toReaderDocuments(input: ReadInput): ReaderDocument[] {
  const subject: ReaderDocument[] = input.subject ? [{ name: 'email subject', pages: [input.subject] }] : [];
  const parts = input.documents.filter((d) => d.method !== 'skipped' && d.text.trim() !== '').map((d) => ({ name: d.name, pages: d.text.split('\f') }));
  return [...subject, ...parts];
}

/** Several orders in one mail: each is read from the parts that print its PO number. */
function documentsFor(order: DraftOrder, all: ReaderDocument[], single: boolean): ReaderDocument[] {
  if (single || !order.poNumber) return all;
  const po = order.poNumber;
  const own = all.filter((d) => d.pages.some((p) => p.includes(po)));
  return own.length > 0 ? own : all;
}

function toInfo(usage: ReaderUsage | null): ExtractionInfo {
  if (!usage) return { ...RULES_ONLY };
  return {
    method: 'rules+llm',
    model: usage.model,
    promptVersion: usage.promptVersion,
    tokens: { prompt: usage.promptTokens, completion: usage.completionTokens },
    costUsd: usage.costUsd,
  };
}

async function refineOrder(order: DraftOrder, documents: ReaderDocument[], options: RefineOptions, reference: Date | undefined): Promise<DraftOrder> {
  if (options.mode === 'auto' && !order.needsReview) return { ...order, extraction: { ...RULES_ONLY } };
  // A reader reports its failures as outcomes; a bug in one must still not cost the message.
  const outcome = await options.reader
    .read({ documents, expectedRows: order.lines.length })
    .catch((err: unknown) => ({ ok: false as const, reason: `model reader failed: ${err instanceof Error ? err.message.slice(0, 120) : String(err)}`, usage: null }));
  if (!outcome.ok) return markModelUnavailable(order, outcome.reason, toInfo(outcome.usage));
  const text = documents.flatMap((d) => d.pages).join('\n');
  const grounded = groundModelFindings(outcome.findings, { text, reference });
  return mergeModelFindings({ order, findings: grounded.findings, flags: [...outcome.notes, ...grounded.dropped], info: toInfo(outcome.usage) });
}

/** Rules first; the model only for the orders (and fields) the rules left open. */
export async function refineWithModel(result: ExtractionResult, input: ReadInput, options: RefineOptions): Promise<ExtractionResult> {
  if (!result.isPurchaseOrder || result.orders.length === 0) return result;
  const all = toReaderDocuments(input);
  const single = result.orders.length === 1;
  const reference = input.receivedAt ? new Date(input.receivedAt) : undefined;
  const orders = await Promise.all(result.orders.map((o) => refineOrder(o, documentsFor(o, all, single), options, reference)));
  return { ...result, orders };
}
