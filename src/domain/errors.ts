/**
 * One error type for failures (design.md): `code` says what went wrong, `retryable` whether trying
 * again can help. Expected outcomes (no text, totals off) are not errors: they are review reasons.
 */
export type ErrorCode = 'empty-input' | 'too-large' | 'too-many-pages' | 'unsupported-type' | 'corrupt-input' | 'encrypted' | 'truncated' | 'timeout' | 'bad-setting' | 'internal';

export class PoInboxError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  constructor(code: ErrorCode, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PoInboxError';
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

/** Bad input that no retry will fix: the message is one line meant for the user. */
export class InputError extends PoInboxError {
  constructor(code: ErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, { retryable: false, cause: options.cause });
    this.name = 'InputError';
  }
}

/** Turns anything thrown into a PoInboxError, keeping one line of message. */
export function coerceError(err: unknown): PoInboxError {
  if (err instanceof PoInboxError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new PoInboxError('internal', message.split('\n')[0] || 'unknown error', { cause: err });
}
