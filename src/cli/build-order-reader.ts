import type { OrderReader } from '../extraction/model/order-reader.ts';
import type { ModelMode } from '../extraction/model/refine-with-model.ts';
import type { Settings } from './load-settings.ts';

// The model is optional: it is wired only when a model and an endpoint (or a key for the default
// endpoint) are set and LLM_MODE is not off. Built once per process, so every message shares
// one concurrency limit and one circuit breaker.

export interface LlmOptions {
  reader?: OrderReader;
  llmMode: ModelMode;
}

export function isLlmConfigured(settings: Settings): boolean {
  return settings.LLM_MODE !== 'off' && !!settings.OPENAI_MODEL && !!(settings.OPENAI_BASE_URL || settings.OPENAI_API_KEY);
}

/** Loaded lazily: `--help` and rules-only runs never load the openai package. */
export async function buildLlmOptions(settings: Settings): Promise<LlmOptions> {
  const llmMode = settings.LLM_MODE === 'always' ? 'always' : 'auto';
  if (!isLlmConfigured(settings)) return { llmMode };
  const { createModelReader } = await import('../llm/create-model-reader.ts');
  const inputPer1k = settings.LLM_PRICE_INPUT_PER_1K;
  const outputPer1k = settings.LLM_PRICE_OUTPUT_PER_1K;
  const reader = createModelReader({
    model: settings.OPENAI_MODEL!,
    apiKey: settings.OPENAI_API_KEY,
    baseURL: settings.OPENAI_BASE_URL,
    timeoutMs: settings.LLM_TIMEOUT_SECONDS * 1000,
    concurrency: settings.LLM_CONCURRENCY,
    price: inputPer1k !== undefined || outputPer1k !== undefined ? { inputPer1k: inputPer1k ?? 0, outputPer1k: outputPer1k ?? 0 } : null,
  });
  return { reader, llmMode };
}
