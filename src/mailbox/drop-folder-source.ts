import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { coerceError } from '../domain/errors.ts';
import type { Logger } from '../domain/logger.ts';
import type { IncomingMessage, ProcessResult } from '../domain/incoming-message.ts';

// The drop folder (INBOX_DIR), the embedded default source: files put there by a person, a
// scanner or a fax server are read once they have stopped changing, then moved to processed/ or
// failed/ inside the folder (failed/ gets NAME.error.txt beside the file, with the reason).

export interface DropFolderOptions {
  dir: string;
  process: (message: IncomingMessage) => Promise<ProcessResult>;
  settle: (messageIds: string[]) => Promise<void>;
  logger: Logger;
  /** How often the folder is scanned. */
  pollMs?: number;
  /** A file must be unchanged for this long before it is read (a scanner may still be writing). */
  quietMs?: number;
  /** Files above this size are refused without being read. */
  maxBytes: number;
  onScan?: (at: Date, error?: string) => void;
}

/** Names that are being written or belong to editors and sync tools: never read. */
const TEMPORARY = /^\.|~$|\.(tmp|temp|part|partial|crdownload|download|swp|lock)$/i;

interface Seen {
  size: number;
  mtimeMs: number;
  since: number;
}

export class DropFolderSource {
  private readonly seen = new Map<string, Seen>();
  private readonly inFlight = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: DropFolderOptions) {}

  async start(): Promise<void> {
    await mkdir(this.options.dir, { recursive: true });
    await mkdir(join(this.options.dir, 'processed'), { recursive: true });
    await mkdir(join(this.options.dir, 'failed'), { recursive: true });
    this.schedule(0);
  }

  /** Stops scanning and waits for the files in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.scanning;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.scanning = this.scan().finally(() => {
        this.scanning = null;
        this.schedule(this.options.pollMs ?? 1000);
      });
    }, delayMs);
  }

  /** One pass over the folder; resolves when every file found ready has been handled. */
  async scan(): Promise<void> {
    let names: string[];
    try {
      const entries = await readdir(this.options.dir, { withFileTypes: true });
      names = entries
        .filter((e) => e.isFile() && !TEMPORARY.test(e.name))
        .map((e) => e.name)
        .sort();
      this.options.onScan?.(new Date());
    } catch (err) {
      const error = coerceError(err).message;
      this.options.logger.error({ dir: this.options.dir, error }, 'cannot read the drop folder');
      this.options.onScan?.(new Date(), error);
      return;
    }
    const ready: Array<{ name: string; size: number; mtimeMs: number }> = [];
    for (const name of names) {
      if (this.inFlight.has(name)) continue;
      const info = await this.readyInfo(name);
      if (info) ready.push({ name, ...info });
    }
    for (const name of this.seen.keys()) if (!names.includes(name)) this.seen.delete(name);
    await Promise.all(ready.map((file) => this.handle(file.name, file.size, file.mtimeMs)));
  }

  /** Size and time of a file that has not changed for `quietMs`, else null. */
  private async readyInfo(name: string): Promise<{ size: number; mtimeMs: number } | null> {
    let info;
    try {
      info = await stat(join(this.options.dir, name));
    } catch {
      return null;
    }
    const now = Date.now();
    const quietMs = this.options.quietMs ?? 1000;
    const before = this.seen.get(name);
    if (!before || before.size !== info.size || before.mtimeMs !== info.mtimeMs) {
      this.seen.set(name, { size: info.size, mtimeMs: info.mtimeMs, since: now });
      return null;
    }
    if (now - before.since < quietMs || now - info.mtimeMs < quietMs) return null;
    return { size: info.size, mtimeMs: info.mtimeMs };
  }

  private async handle(name: string, size: number, mtimeMs: number): Promise<void> {
    this.inFlight.add(name);
    const path = join(this.options.dir, name);
    const log = this.options.logger.child({ file: name });
    try {
      const refusal = size > this.options.maxBytes ? `file too large (${size} bytes; the limit is ${this.options.maxBytes})` : size === 0 ? 'empty file (0 bytes)' : undefined;
      const bytes = refusal ? new Uint8Array(0) : new Uint8Array(await readFile(path));
      // The key names this file as dropped, so a crash before the move finds the same claim again.
      const key = `file:${name}:${mtimeMs}:${refusal ? size : createHash('sha256').update(bytes).digest('hex').slice(0, 32)}`;
      const result = await this.options.process({ sourceKey: key, sourceKind: 'folder', name, bytes, fileName: name, refusal });
      if (result.action === 'wait') return;
      await this.moveTo(result.action === 'processed' ? 'processed' : 'failed', name, result.action === 'failed' ? result.error : null, log);
      await this.options.settle([result.messageId]);
      log.info({ action: result.action }, result.action === 'processed' ? 'file processed' : 'file failed');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      log.error({ error: coerceError(err).message }, 'file not handled; will try again');
    } finally {
      this.inFlight.delete(name);
      this.seen.delete(name);
    }
  }

  private async moveTo(folder: 'processed' | 'failed', name: string, error: string | null, log: Logger): Promise<void> {
    const target = await freeName(join(this.options.dir, folder), name);
    await rename(join(this.options.dir, name), target);
    if (error !== null) await writeFile(`${target}.error.txt`, `${error}\n`);
    if (folder === 'failed') log.warn({ error, movedTo: target }, 'file moved to failed/');
  }
}

async function freeName(dir: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = basename(name, ext);
  for (let n = 1; ; n += 1) {
    const candidate = join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
    try {
      await stat(candidate);
    } catch {
      return candidate;
    }
  }
}
