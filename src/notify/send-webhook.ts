import { createHmac } from 'node:crypto';

// The export webhook: one signed JSON POST. The signature is HMAC-SHA256 over
// `${timestamp}.${body}` with WEBHOOK_SECRET, so a receiver can check both that we sent it and
// that it is fresh (a replayed request carries an old timestamp). Delivery is at least once: the
// receiver drops repeats by the X-PO-Inbox-Delivery id, which stays the same across retries.

export const SIGNATURE_HEADER = 'X-PO-Inbox-Signature';
export const TIMESTAMP_HEADER = 'X-PO-Inbox-Timestamp';
export const DELIVERY_HEADER = 'X-PO-Inbox-Delivery';
export const EVENT_HEADER = 'X-PO-Inbox-Event';

export interface WebhookRequest {
  url: string;
  secret: string;
  event: string;
  deliveryId: string;
  body: string;
  timeoutMs?: number;
  now?: Date;
}

export type WebhookResult =
  | { ok: true; status: number }
  /** retryable: a network error, a timeout, 5xx or 429; any other answer will not change. */
  | { ok: false; retryable: boolean; status: number | null; error: string };

/** `sha256=HEX` of HMAC-SHA256(secret, `${timestamp}.${body}`); timestamp in Unix seconds. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export async function sendWebhook(request: WebhookRequest): Promise<WebhookResult> {
  const timestamp = String(Math.floor((request.now ?? new Date()).getTime() / 1000));
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'po-inbox',
        [EVENT_HEADER]: request.event,
        [DELIVERY_HEADER]: request.deliveryId,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signWebhook(request.secret, timestamp, request.body),
      },
      body: request.body,
      // A redirect could carry the signed order to another host: treated as a failed answer.
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, retryable: true, status: null, error: cause ? `${message} (${cause})` : message };
  }
  await response.body?.cancel().catch(() => undefined);
  if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
  const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
  return { ok: false, retryable, status: response.status, error: `HTTP ${response.status}` };
}
