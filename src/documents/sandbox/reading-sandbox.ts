// The parent side of the reading sandbox. A hostile document (a 30000 x 30000 image, a content
// stream that inflates to gigabytes, millions of path operators) can take a PDF or image decoder
// to many GB or many minutes, and in the worker's own process that takes every other message
// down with it. Here each document is read by a child process (sandbox-child.ts) that the parent
// watches: over the memory cap (its RSS read from /proc) or over the time limit it is killed
// with SIGKILL, and what it was doing becomes one InputError line ("page 1 of x.pdf needs more
// than 1 GB to render"). Children are kept in a small pool, one per core, and replaced after a
// kill or after a number of documents.

import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { InputError, PoInboxError, type ErrorCode } from '../../domain/errors.ts';
import type { LayoutDocument } from '../../domain/layout.ts';
import type { ReadProgress } from '../ocr/read-scanned-image.ts';
import { withTimeLimit } from '../../domain/with-time-limit.ts';
import type { SniffedType } from '../sniff-media-type.ts';
import type { ChildLimits, ChildMessage, ErrorReport, ReadRequest } from './sandbox-messages.ts';
import { readRss, watchRss } from './watch-rss.ts';

export interface ReadingSandboxOptions {
  /** Children reading at once (default: the number of cores). */
  size?: number;
  /** RSS over which a child is killed, in bytes (default 768 MB, setting READ_MEMORY_LIMIT_MB). */
  memoryLimitBytes?: number;
  /** Most time one document may take, in ms (default 30 s, setting READ_TIME_LIMIT_SECONDS). */
  timeLimitMs?: number;
  /** Documents one child reads before it is replaced (default 50): pdf.js and the OCR engines grow. */
  recycleAfter?: number;
  /** How often the RSS of a reading child is read, in ms (default 50). */
  sampleMs?: number;
  /** Most time all documents of one message may take together, in ms (default 120 s, setting
   * MESSAGE_READ_TIME_LIMIT_SECONDS); readInput applies it. */
  messageTimeLimitMs?: number;
}

/** The time left for all documents of one message, and that limit, for the message line. */
export interface ReadDeadline {
  at: number;
  limitMs: number;
}

/** 768 MB for the child, so the worker and a child at its limit stay within about 1 GB together. */
export const DEFAULT_MEMORY_LIMIT_BYTES = 768 * 1024 ** 2;
export const DEFAULT_DOCUMENT_TIME_LIMIT_MS = 30_000;
export const DEFAULT_MESSAGE_TIME_LIMIT_MS = 120_000;
const DEFAULT_RECYCLE_AFTER = 50;
/** A child loads in about a second; one that has not said "ready" in this long never will. */
const START_TIMEOUT_MS = 30_000;
/** A closed child is given this long to stop its OCR engines before it is killed. */
const CLOSE_GRACE_MS = 2_000;

const CHILD_ENTRY = fileURLToPath(new URL('./sandbox-child.ts', import.meta.url));
const LOADER = new URL('./load-typescript.mjs', import.meta.url).href;

interface Child {
  proc: ChildProcess;
  ready: Promise<void>;
  documents: number;
  busy: boolean;
  dead: boolean;
  /** Killed (or stopped by V8) over the memory limit. */
  overMemory: boolean;
}

export class ReadingSandbox {
  readonly size: number;
  readonly memoryLimitBytes: number;
  readonly timeLimitMs: number;
  readonly messageTimeLimitMs: number;
  private readonly recycleAfter: number;
  private readonly sampleMs: number;
  private children: Child[] = [];
  private waiting: Array<() => void> = [];
  private nextId = 0;
  private closed = false;
  private counts = { started: 0, retried: 0, recycled: 0 };

  constructor(options: ReadingSandboxOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.memoryLimitBytes = options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT_BYTES;
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_DOCUMENT_TIME_LIMIT_MS;
    this.messageTimeLimitMs = options.messageTimeLimitMs ?? DEFAULT_MESSAGE_TIME_LIMIT_MS;
    this.recycleAfter = options.recycleAfter ?? DEFAULT_RECYCLE_AFTER;
    this.sampleMs = options.sampleMs ?? 50;
  }

  /** Reads one document in a child. Throws a one-line InputError when it goes over a limit.
   * A child that has read documents before carries what pdf.js and its OCR engines kept of them;
   * when such a child goes over the memory limit the document is read once more in a fresh child,
   * so that the limit judges the document and not what came before it. */
  async read(name: string, bytes: Uint8Array, sniffed: SniffedType, limits: ChildLimits, options: { deadline?: ReadDeadline } = {}): Promise<LayoutDocument> {
    for (let attempt = 0; ; attempt += 1) {
      const child = await this.acquire(attempt > 0);
      const used = child.documents > 0;
      try {
        await withTimeLimit(child.ready, START_TIMEOUT_MS, (limit) => new PoInboxError('internal', `the reading sandbox did not start within ${limit}`, { retryable: true })).catch(
          (err: unknown) => {
            child.dead = true; // thrown away by release
            throw err;
          },
        );
        return await this.run(child, { type: 'read', id: ++this.nextId, name, bytes, sniffed, limits }, options.deadline);
      } catch (err) {
        const timeLeft = options.deadline === undefined || options.deadline.at > Date.now();
        if (child.overMemory && used && attempt === 0 && timeLeft && !this.closed) {
          this.counts.retried += 1;
          continue;
        }
        throw err;
      } finally {
        this.release(child);
      }
    }
  }

  /** Children started, documents read again in a fresh child after a used one went over the
   * memory limit, and children replaced for having grown past three quarters of it. */
  stats(): { started: number; retried: number; recycled: number; children: number } {
    return { ...this.counts, children: this.children.length };
  }

  /** Stops every child; waiting and later reads fail. */
  async close(): Promise<void> {
    this.closed = true;
    const children = this.children;
    this.children = [];
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(children.map((child) => stop(child)));
  }

  private run(child: Child, request: ReadRequest, deadline: ReadDeadline | undefined): Promise<LayoutDocument> {
    const { proc } = child;
    const { name } = request;
    const started = Date.now();
    const byMessage = deadline !== undefined && deadline.at - started < this.timeLimitMs;
    const budget = Math.max(0, byMessage ? deadline.at - started : this.timeLimitMs);
    let progress: ReadProgress | undefined;
    return new Promise<LayoutDocument>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        stopWatching();
        clearTimeout(timer);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        outcome();
      };
      const kill = (err: Error) => {
        child.dead = true;
        proc.kill('SIGKILL');
        settle(() => reject(err));
      };
      const onMessage = (message: ChildMessage) => {
        if (message.type === 'ready' || message.id !== request.id) return;
        if (message.type === 'progress') progress = message.progress;
        else if (message.type === 'done') settle(() => resolve(message.document));
        else settle(() => reject(fromReport(message.error)));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        child.dead = true;
        if (signal === 'SIGABRT' || code === 134) child.overMemory = true;
        settle(() => reject(exitError(name, progress, code, signal, this.memoryLimitBytes)));
      };
      proc.on('message', onMessage);
      proc.on('exit', onExit);
      const stopWatching = watchRss(proc.pid ?? -1, this.sampleMs, (rss) => {
        if (rss <= this.memoryLimitBytes) return;
        child.overMemory = true;
        kill(memoryError(name, progress, this.memoryLimitBytes));
      });
      const timer = setTimeout(() => {
        kill(byMessage ? messageTimeError(name, progress, deadline.limitMs) : timeError(name, progress, this.timeLimitMs));
      }, budget);
      proc.send(request, (err) => {
        if (err) kill(new PoInboxError('internal', `${name} could not be given to the reading sandbox: ${err.message}`, { retryable: true, cause: err }));
      });
    });
  }

  /** An idle child, or a new one; `fresh` asks for one that has read nothing yet. */
  private async acquire(fresh = false): Promise<Child> {
    for (;;) {
      if (this.closed) throw new PoInboxError('internal', 'the reading sandbox was shut down', { retryable: true });
      const child = this.take(fresh);
      if (child) {
        child.busy = true;
        hold(child, true);
        return child;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private take(fresh: boolean): Child | null {
    const idle = this.children.find((c) => !c.busy && !c.dead && (!fresh || c.documents === 0));
    if (idle) return idle;
    if (this.children.length >= this.size) {
      const used = fresh ? this.children.find((c) => !c.busy && !c.dead) : undefined;
      if (!used) return null;
      this.discard(used); // its place goes to a fresh child
    }
    const child = this.start();
    this.children.push(child);
    return child;
  }

  private release(child: Child): void {
    child.busy = false;
    child.documents += 1;
    // A child left holding over three quarters of the limit (OCR engines for several languages,
    // pdf.js caches) would likely meet it on its next ordinary document: replaced now.
    const grown = !child.dead && (readRss(child.proc.pid ?? -1) ?? 0) > this.memoryLimitBytes * 0.75;
    if (grown) this.counts.recycled += 1;
    if (child.dead || grown || child.documents >= this.recycleAfter || this.closed) this.discard(child);
    else hold(child, false);
    this.waiting.shift()?.();
  }

  private discard(child: Child): void {
    this.children = this.children.filter((c) => c !== child);
    void stop(child);
  }

  private start(): Child {
    this.counts.started += 1;
    const heapMb = Math.max(64, Math.floor(this.memoryLimitBytes / 1024 / 1024));
    const verbose = process.env.LOG_LEVEL === 'debug';
    // Libraries print to the console (pdf.js "Warning: ..."): dropped, as muteConsole does in
    // the parent, so that --json stdout and the one-line errors stay clean; stderr when debugging.
    const proc = fork(CHILD_ENTRY, [], {
      execArgv: ['--import', LOADER, `--max-old-space-size=${heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', verbose ? 2 : 'ignore', verbose ? 2 : 'ignore', 'ipc'],
    });
    const child: Child = { proc, ready: Promise.resolve(), documents: 0, busy: false, dead: false, overMemory: false };
    child.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: ChildMessage) => {
        if (message.type !== 'ready') return;
        proc.off('message', onMessage);
        resolve();
      };
      proc.on('message', onMessage);
      proc.once('exit', (code, signal) =>
        reject(new PoInboxError('internal', `the reading sandbox stopped while starting (${signal ?? `exit code ${code}`})`, { retryable: true })),
      );
      proc.once('error', (err) => reject(new PoInboxError('internal', `the reading sandbox could not start: ${err.message}`, { retryable: true, cause: err })));
    });
    child.ready.catch(() => {}); // awaited by the read that took the child
    proc.on('error', () => {}); // a failed kill or send of a dead child: its exit says what happened
    proc.once('exit', () => {
      child.dead = true;
      if (!child.busy) this.children = this.children.filter((c) => c !== child);
    });
    return child;
  }
}

/** An idle child keeps neither the event loop nor the process alive; a reading one does. */
function hold(child: Child, busy: boolean): void {
  const channel = child.proc.channel as { ref(): void; unref(): void } | null | undefined;
  if (busy) {
    child.proc.ref();
    channel?.ref();
  } else {
    child.proc.unref();
    channel?.unref();
  }
}

async function stop(child: Child): Promise<void> {
  const { proc } = child;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  if (child.dead) proc.kill('SIGKILL');
  else if (proc.connected) proc.disconnect(); // the child stops its OCR engines and exits
  const timer = setTimeout(() => proc.kill('SIGKILL'), CLOSE_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

const STAGE_WORDS: Record<ReadProgress['stage'], string> = { open: 'to open', text: 'to read', render: 'to render', ocr: 'for OCR' };

/** "page 3 of x.pdf" when the child said which page, else "x.pdf". */
function atPage(name: string, progress: ReadProgress | undefined): string {
  return progress?.page ? `page ${progress.page} of ${name}` : name;
}

function pageNote(progress: ReadProgress | undefined): string {
  return progress?.page ? ` (page ${progress.page} of ${progress.pages})` : '';
}

function memoryError(name: string, progress: ReadProgress | undefined, limit: number): InputError {
  const stage = progress ? STAGE_WORDS[progress.stage] : 'to read';
  return new InputError('too-large', `${atPage(name, progress)} needs more than ${formatMemory(limit)} ${stage} (memory limit, setting READ_MEMORY_LIMIT_MB)`);
}

function timeError(name: string, progress: ReadProgress | undefined, limitMs: number): InputError {
  return new InputError('timeout', `${name} took over ${formatSeconds(limitMs)} to read${pageNote(progress)} (time limit, setting READ_TIME_LIMIT_SECONDS)`);
}

function messageTimeError(name: string, progress: ReadProgress | undefined, limitMs: number): InputError {
  return new InputError(
    'timeout',
    `${name} was not read: the message's documents took over ${formatSeconds(limitMs)}${pageNote(progress)} (setting MESSAGE_READ_TIME_LIMIT_SECONDS)`,
  );
}

// V8 stops a child at its heap limit (--max-old-space-size) with an abort: that is the memory
// limit too, met before the RSS reading saw it.
function exitError(name: string, progress: ReadProgress | undefined, code: number | null, signal: NodeJS.Signals | null, limit: number): InputError {
  if (signal === 'SIGABRT' || code === 134) return memoryError(name, progress, limit);
  return new InputError('corrupt-input', `${name} could not be read: its reader stopped (${signal ?? `exit code ${code}`})${pageNote(progress)}`);
}

function fromReport(report: ErrorReport): Error {
  const code = (report.code ?? 'internal') as ErrorCode;
  if (report.name === 'InputError') return new InputError(code, report.message);
  if (report.name === 'PoInboxError') return new PoInboxError(code, report.message, { retryable: report.retryable });
  return new Error(report.message);
}

/** "1 GB", "1.5 GB", "512 MB". */
export function formatMemory(bytes: number): string {
  const gb = bytes / 1024 ** 3;
  if (gb >= 1) return `${Number.isInteger(Math.round(gb * 10) / 10) ? Math.round(gb) : (Math.round(gb * 10) / 10).toFixed(1)} GB`;
  return `${Math.round(bytes / 1024 ** 2)} MB`;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

let shared: ReadingSandbox | undefined;
let sharedOptions: ReadingSandboxOptions = {};

/** The process's sandbox, started on first use. */
export function getReadingSandbox(): ReadingSandbox {
  return (shared ??= new ReadingSandbox(sharedOptions));
}

/** Options for the process's sandbox; takes effect for the next one (after close or first use). */
export function configureReadingSandbox(options: ReadingSandboxOptions): void {
  sharedOptions = options;
}

/** Stops the process's reading children: call on shutdown. Reading after this starts a new pool. */
export async function closeReadingSandbox(): Promise<void> {
  const sandbox = shared;
  shared = undefined;
  await sandbox?.close();
}
