import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { coerceError } from '../domain/errors.ts';
import { DraftError } from '../store/draft-error.ts';
import { CorruptRowError } from '../store/parse-row.ts';
import type { AppEnv } from './app-env.ts';

// The one place a thrown error becomes an HTTP answer (the app's onError): a refused change is
// 404 / 409 / 422 with its reason, a body that fails its schema 400, a damaged store row or any
// other failure 500 with one line and no stack. The API answers JSON, pages answer text.

export interface ErrorAnswer {
  status: 400 | 404 | 409 | 422 | 500;
  error: string;
  message: string;
}

/** What a refused change to a draft answers: not found, stale or decided, or invalid. */
export function draftErrorStatus(err: DraftError): 404 | 409 | 422 {
  return err.code === 'not-found' ? 404 : err.code === 'invalid' ? 422 : 409;
}

export function toErrorAnswer(err: unknown): ErrorAnswer {
  if (err instanceof DraftError) return { status: draftErrorStatus(err), error: err.code, message: err.message };
  if (err instanceof z.ZodError) return { status: 400, error: 'bad-request', message: err.issues[0]?.message ?? 'bad request' };
  if (err instanceof CorruptRowError) return { status: 500, error: 'corrupt-row', message: err.message };
  return { status: 500, error: 'internal', message: 'internal error' };
}

export function answerError(err: Error, c: Context<AppEnv>): Response {
  if (err instanceof HTTPException) return err.getResponse();
  const answer = toErrorAnswer(err);
  // A failure nobody expected is logged once, in one line; the client gets no stack.
  if (answer.status === 500) console.error(`po-inbox web: ${c.req.method} ${c.req.path}: ${coerceError(err).message.split('\n')[0]}`);
  if (c.req.path.startsWith('/api/') || c.req.path === '/api') return c.json({ error: answer.error, message: answer.message }, answer.status);
  return c.text(answer.message, answer.status);
}
