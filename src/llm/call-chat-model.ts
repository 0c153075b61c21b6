import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { backOffMs } from '../domain/back-off.ts';
import { withTimeLimit } from '../domain/with-time-limit.ts';
import { modelFindingsSchema, type ModelAnswer } from './model-findings-schema.ts';

// The only file that speaks to the openai package. One call = at most 1 + `retries` attempts, each
// under our own deadline (the client's default is 10 minutes, far too long for a mail queue),
// with Retry-After honoured for 429 and a short back-off for 5xx. Every way a call can go wrong
// ends as a value with a reason; nothing here throws at the caller.

export type ChatMessage = { role: 'system' | 'user'; content: string };

export interface ChatCallOptions {
  client: OpenAI;
  model: string;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the draft goes to review instead. */
  maxRetryAfterMs: number;
  /** What the server takes, learnt once: json_schema (else JSON mode), a temperature (else none). */
  format: { mode: 'schema' | 'json'; temperature: boolean };
}

export interface TokenUsage {
  prompt: number;
  completion: number;
}

export type ChatResult =
  | { ok: true; answer: ModelAnswer; usage: TokenUsage }
  /** `infrastructure`: the endpoint failed (down, slow, limited), as opposed to a bad answer. */
  | { ok: false; reason: string; infrastructure: boolean; usage: TokenUsage };

type Attempt =
  | { ok: true; answer: ModelAnswer; usage: TokenUsage }
  | { ok: false; reason: string; retry: boolean; infrastructure: boolean; waitMs?: number; adapt?: 'json' | 'temperature'; usage: TokenUsage };

const NO_USAGE: TokenUsage = { prompt: 0, completion: 0 };
/** The reason for an answer that hit the output limit: the reader then sends smaller parts. */
export const CUT_OFF = 'the answer was cut off at the output limit';
const FORMAT_NAME = 'purchase_order';

function usageOf(completion: OpenAI.ChatCompletion): TokenUsage {
  return { prompt: completion.usage?.prompt_tokens ?? 0, completion: completion.usage?.completion_tokens ?? 0 };
}

/** Servers without structured outputs still take JSON mode; the schema then goes into the prompt. */
function jsonModeMessages(messages: ChatMessage[]): ChatMessage[] {
  const schema = JSON.stringify(z.toJSONSchema(modelFindingsSchema));
  return [{ role: 'system', content: `${messages[0].content}\n\nAnswer with one JSON object that follows this JSON schema:\n${schema}` }, ...messages.slice(1)];
}

async function request(o: ChatCallOptions, messages: ChatMessage[], signal: AbortSignal): Promise<Attempt> {
  const schemaMode = o.format.mode === 'schema';
  const completion = await o.client.chat.completions.create(
    {
      model: o.model,
      messages: schemaMode ? messages : jsonModeMessages(messages),
      ...(o.format.temperature ? { temperature: 0 } : {}),
      response_format: schemaMode ? zodResponseFormat(modelFindingsSchema, FORMAT_NAME) : { type: 'json_object' },
    },
    { signal, timeout: o.timeoutMs, maxRetries: 0 },
  );
  return toAttempt(completion);
}

/** Parsed here rather than by the client's parse(), so the tokens of a bad answer are still counted. */
function toAttempt(completion: OpenAI.ChatCompletion): Attempt {
  const usage = usageOf(completion);
  const fail = (reason: string, retry: boolean): Attempt => ({ ok: false, reason, retry, infrastructure: false, usage });
  const choice = completion.choices[0];
  if (choice?.finish_reason === 'length') return fail(CUT_OFF, false);
  if (choice?.finish_reason === 'content_filter') return fail('the answer was stopped by a content filter', false);
  if (choice?.message.refusal) return fail(`the model refused: ${choice.message.refusal.slice(0, 200)}`, false);
  if (!choice?.message.content) return fail('the model gave an empty answer', true);
  let json: unknown;
  try {
    json = JSON.parse(choice.message.content);
  } catch {
    return fail('the answer is not valid JSON', true);
  }
  const parsed = modelFindingsSchema.safeParse(json);
  if (!parsed.success) return fail(`the answer does not follow the schema (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`, true);
  return { ok: true, answer: parsed.data, usage };
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Every error an attempt can end in, as a reason and whether another attempt can help. */
function classify(err: unknown, o: ChatCallOptions, timedOut: boolean): Attempt {
  const fail = (reason: string, retry: boolean, infrastructure: boolean, extra: Partial<Attempt> = {}): Attempt =>
    ({ ok: false, reason, retry, infrastructure, usage: NO_USAGE, ...extra }) as Attempt;
  if (timedOut) return fail(`no answer within ${o.timeoutMs >= 1000 ? `${Math.round(o.timeoutMs / 1000)} s` : `${o.timeoutMs} ms`}`, true, true);
  if (err instanceof SyntaxError) return fail('the answer is not valid JSON', true, false);
  if (err instanceof OpenAI.APIConnectionError) return fail(`cannot reach the model endpoint (${err.message.slice(0, 100)})`, true, true);
  if (err instanceof OpenAI.APIError) {
    const status = err.status ?? 0;
    const unsupported = status === 400 && o.format.mode === 'schema' && /response_format|json_schema|structured/i.test(err.message);
    if (unsupported) return fail('the server does not take json_schema', true, false, { adapt: 'json' });
    // Reasoning models take no temperature; asked again without it.
    if (status === 400 && o.format.temperature && /temperature/i.test(err.message)) return fail('the model takes no temperature', true, false, { adapt: 'temperature' });
    if (status === 429) return fail('rate limited by the model endpoint (429)', true, true, { waitMs: retryAfterMs(err.headers) });
    if (status >= 500) return fail(`the model endpoint failed (${status})`, true, true);
    return fail(`the model endpoint refused the request (${status}: ${err.message.slice(0, 120)})`, false, true);
  }
  // undici reports a body cut off mid-transfer as TypeError("terminated").
  if (err instanceof TypeError) return fail(`the connection broke off (${err.message.slice(0, 80)})`, true, true);
  return fail(`model call failed: ${err instanceof Error ? err.message.slice(0, 120) : String(err)}`, false, true);
}

/** One attempt under a hard deadline; the race makes sure a stalled body cannot hold the job. */
async function attempt(o: ChatCallOptions, messages: ChatMessage[]): Promise<Attempt> {
  const controller = new AbortController();
  try {
    return await withTimeLimit(
      () => request(o, messages, controller.signal),
      o.timeoutMs,
      () => new Error('deadline'),
      { onTimeout: () => controller.abort() },
    );
  } catch (err) {
    return classify(err, o, controller.signal.aborted);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function callChatModel(o: ChatCallOptions, messages: ChatMessage[]): Promise<ChatResult> {
  const usage = { ...NO_USAGE };
  for (let tries = 0; ; tries += 1) {
    const result = await attempt(o, messages);
    usage.prompt += result.usage.prompt;
    usage.completion += result.usage.completion;
    if (result.ok) return { ...result, usage };
    if (result.adapt) {
      // Not a failure of the budget: the same request, in the form this server understands.
      if (result.adapt === 'json') o.format.mode = 'json';
      else o.format.temperature = false;
      tries -= 1;
      continue;
    }
    const waitMs = result.waitMs ?? backOffMs(tries, { baseMs: o.backoffMs });
    if (!result.retry || tries >= o.retries) return { ok: false, reason: result.reason, infrastructure: result.infrastructure, usage };
    if (waitMs > o.maxRetryAfterMs) return { ok: false, reason: `${result.reason}; asked to wait ${Math.ceil(waitMs / 1000)} s`, infrastructure: true, usage };
    await sleep(waitMs);
  }
}
