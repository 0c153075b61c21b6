/** First line of an error message, without its full stop, at most 120 characters: for user messages. */
export function shortReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const line = (message.split('\n')[0] ?? '').trim().replace(/\.$/, '');
  return (line.length > 120 ? `${line.slice(0, 117)}...` : line) || 'unknown error';
}
