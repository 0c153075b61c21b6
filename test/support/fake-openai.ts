import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { freePort } from './free-port.ts';

// A loopback stand-in that speaks the OpenAI chat-completions wire format (POST
// /v1/chat/completions), since no model is reachable from the test machine. Each test scripts the
// replies in order and reads back the requests it was sent.

export type FakeReply =
  | { json: unknown; status?: number; headers?: Record<string, string>; delayMs?: number }
  /** Headers are sent, then nothing: the body never comes. */
  | { stall: 'body' }
  /** Not even headers. */
  | { stall: 'headers' }
  /** Part of a body, then the connection is cut. */
  | { truncated: string };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export interface FakeOpenAI {
  /** Base URL for the client, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Queues replies, used in order. */
  reply(...replies: FakeReply[]): void;
  /** The reply once the queue is empty (default: a 500). */
  otherwise(reply: FakeReply): void;
  /** Replies still queued. */
  pending(): number;
  /** Most requests that were open at the same time. */
  peakInFlight(): number;
  close(): Promise<void>;
}

export interface CompletionOptions {
  finishReason?: 'stop' | 'length' | 'content_filter';
  refusal?: string;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

/** A chat.completion body whose message content is `content` (an object is JSON-encoded). */
export function completion(content: unknown, options: CompletionOptions = {}): { json: unknown } {
  const usage = options.usage ?? { prompt_tokens: 1200, completion_tokens: 300 };
  return {
    json: {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_770_000_000,
      model: 'fake-model',
      choices: [
        {
          index: 0,
          finish_reason: options.finishReason ?? 'stop',
          logprobs: null,
          message: { role: 'assistant', content: options.refusal ? null : typeof content === 'string' ? content : JSON.stringify(content), refusal: options.refusal ?? null },
        },
      ],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, reply: FakeReply): void {
  if ('stall' in reply) {
    if (reply.stall === 'body') res.writeHead(200, { 'content-type': 'application/json' }).flushHeaders();
    return;
  }
  if ('truncated' in reply) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(reply.truncated.length * 2) });
    res.write(reply.truncated, () => res.socket?.destroy());
    return;
  }
  const body = JSON.stringify(reply.json);
  const respond = () => res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers }).end(body);
  if (reply.delayMs) setTimeout(respond, reply.delayMs);
  else respond();
}

export interface FakeOptions {
  /** Answer 400, as OpenAI does, to a request whose response_format is not a strict json_schema. */
  requireStrictSchema?: boolean;
}

/** Why a request would not get structured output, or null when it asks for a strict json_schema. */
function strictSchemaProblem(body: any): string | null {
  const format = body?.response_format;
  if (format?.type !== 'json_schema') return `response_format.type is ${format?.type ?? 'missing'}, not json_schema`;
  if (format.json_schema?.strict !== true) return 'response_format.json_schema.strict is not true';
  const schema = format.json_schema.schema;
  if (schema?.type !== 'object' || schema.additionalProperties !== false) return 'the schema is not a closed object';
  const missing = Object.keys(schema.properties ?? {}).filter((k) => !schema.required?.includes(k));
  return missing.length ? `strict mode needs every property required: ${missing.join(', ')}` : null;
}

export async function startFakeOpenAI(options: FakeOptions = {}): Promise<FakeOpenAI> {
  const queue: FakeReply[] = [];
  let fallback: FakeReply = { status: 500, json: { error: { message: 'no scripted reply', type: 'server_error' } } };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let peak = 0;
  const server = createServer(async (req, res) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    res.once('close', () => (inFlight -= 1));
    const text = await readBody(req);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Recorded as text: a test may want to see a malformed request.
    }
    requests.push({ path: req.url ?? '', headers: req.headers, body });
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const problem = options.requireStrictSchema ? strictSchemaProblem(body) : null;
    if (problem) {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: `Invalid response_format: ${problem}`, type: 'invalid_request_error', param: 'response_format' } }));
      return;
    }
    send(res, queue.shift() ?? fallback);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (...replies) => void queue.push(...replies),
    otherwise: (reply) => void (fallback = reply),
    pending: () => queue.length,
    peakInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
