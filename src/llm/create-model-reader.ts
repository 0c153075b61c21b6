import { randomBytes } from 'node:crypto';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import type { OrderReader, ReadOutcome, ReadRequest, ReaderDocument, ReaderUsage } from '../extraction/model/order-reader.ts';
import { callChatModel, CUT_OFF, type ChatCallOptions, type ChatMessage, type ChatResult } from './call-chat-model.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import { loadPrompts, renderPrompt, toDocumentBlock, type Prompts } from './load-prompts.ts';
import { toModelFindings } from './model-findings-schema.ts';
import { halvePages, splitPages } from './split-pages.ts';
import { stitchFindings } from './stitch-findings.ts';

// An OrderReader over any OpenAI-compatible chat-completions endpoint (OpenAI, a local llama.cpp
// or vLLM server ...). The reader is built once per process: the breaker and the concurrency
// limit only work when every message shares them.

export interface ModelReaderOptions {
  model: string;
  apiKey?: string;
  baseURL?: string;
  /** Per attempt. Default 60 s. */
  timeoutMs?: number;
  /** Calls in flight at once, across all messages. Default 2. */
  concurrency?: number;
  /** Attempts after the first, for 429, 5xx, timeouts and bad answers. Default 1. */
  retries?: number;
  backoffMs?: number;
  maxRetryAfterMs?: number;
  breaker?: { threshold: number; cooldownMs: number };
  /** USD per 1000 tokens, for the cost estimate stored on a draft; null: no estimate. */
  price?: { inputPer1k: number; outputPer1k: number } | null;
  /** Text per call; a longer order is sent in parts of whole pages. Default 24000 characters. */
  maxCharsPerCall?: number;
  prompts?: Prompts;
}

function toMessages(prompts: Prompts, documents: ReaderDocument[], part: string, expectedRows: number): ChatMessage[] {
  // A boundary the sender cannot know, so a document cannot close its own block.
  const boundary = `PO-DATA-${randomBytes(6).toString('hex')}`;
  const system = renderPrompt(prompts.system, { boundary });
  const user = renderPrompt(prompts.user, { part, expectedRows: String(expectedRows), documents: toDocumentBlock(documents, boundary) });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

function rowNotes(lines: number, rowsSeen: number | null, expectedRows: number): string[] {
  const notes: string[] = [];
  if (rowsSeen !== null && lines < rowsSeen) notes.push(`the model listed ${lines} item rows but says it saw ${rowsSeen}`);
  if (lines < expectedRows) notes.push(`the model listed ${lines} item rows, the rules read ${expectedRows}`);
  return notes;
}

/** Tokens of every attempt, failed ones included: they are billed too. */
function toUsage(results: ChatResult[], options: ModelReaderOptions, promptVersion: string): ReaderUsage {
  const prompt = results.reduce((s, r) => s + r.usage.prompt, 0);
  const completion = results.reduce((s, r) => s + r.usage.completion, 0);
  const price = options.price;
  const costUsd = price ? Math.round(((prompt / 1000) * price.inputPer1k + (completion / 1000) * price.outputPer1k) * 1e6) / 1e6 : null;
  return { model: options.model, promptVersion, promptTokens: prompt, completionTokens: completion, costUsd };
}

export function createModelReader(options: ModelReaderOptions): OrderReader {
  const prompts = options.prompts ?? loadPrompts();
  const client = new OpenAI({ apiKey: options.apiKey || 'none', baseURL: options.baseURL, timeout: options.timeoutMs ?? 60_000, maxRetries: 0 });
  const call: ChatCallOptions = {
    client,
    model: options.model,
    timeoutMs: options.timeoutMs ?? 60_000,
    retries: options.retries ?? 1,
    backoffMs: options.backoffMs ?? 1000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    format: { mode: 'schema', temperature: true },
  };
  // A few calls at a time: a mailbox backlog must not turn into hundreds of parallel requests
  // that all hit the provider's rate limit at once.
  const limit = pLimit(options.concurrency ?? 2);
  const breaker = new CircuitBreaker(options.breaker ?? { threshold: 3, cooldownMs: 60_000 });
  const maxChars = options.maxCharsPerCall ?? 24_000;

  async function read(request: ReadRequest): Promise<ReadOutcome> {
    if (!breaker.tryPass()) return { ok: false, reason: 'the model endpoint failed repeatedly, rules only for now (circuit open)', usage: null };
    const parts = splitPages(request.documents, maxChars);
    const spent: ChatResult[] = [];
    // An answer cut off at the output limit: the same pages again in halves, down to two levels.
    const readPart = async (docs: ReaderDocument[], label: string, depth: number): Promise<ChatResult[]> => {
      const result = await limit(() => callChatModel(call, toMessages(prompts, docs, label, request.expectedRows)));
      const halves = !result.ok && result.reason === CUT_OFF && depth < 2 ? halvePages(docs) : [];
      if (halves.length < 2) return [result];
      spent.push(result);
      const nested = await Promise.all(halves.map((half) => readPart(half, ' (one part of a longer order, pages in order)', depth + 1)));
      return nested.flat();
    };
    const label = (i: number) => (parts.length > 1 ? ` (part ${i + 1} of ${parts.length}, pages in order)` : '');
    const results = (await Promise.all(parts.map((docs, i) => readPart(docs, label(i), 0)))).flat();
    const usage = toUsage([...results, ...spent], options, prompts.version);
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) {
      if (failed.infrastructure) breaker.failure();
      else breaker.success();
      return { ok: false, reason: failed.reason, usage };
    }
    breaker.success();
    const findings = stitchFindings(results.map((r) => toModelFindings((r as Extract<ChatResult, { ok: true }>).answer)));
    return { ok: true, findings, usage, notes: rowNotes(findings.lines.length, findings.rowsSeen, request.expectedRows) };
  }

  return { read };
}
