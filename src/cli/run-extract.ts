import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { coerceError, InputError, PoInboxError } from '../domain/errors.ts';
import type { ExtractionResult } from '../domain/draft-order.ts';
import { formatExtractionSummary } from './format-extraction-summary.ts';
import type { Extractor } from '../main/create-extractor.ts';
import type { Settings } from './load-settings.ts';
import { configureReading } from './configure-reading.ts';
import { muteConsole } from './mute-console.ts';

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface ExtractCommand {
  files: string[];
  json: boolean;
  /** Read with what the store (DATABASE_URL) has learned; still stores nothing. */
  store?: boolean;
}

/**
 * `po-inbox extract FILE... [--json]`: every file is handled even when others fail; each failure
 * is one stderr line `po-inbox: NAME: reason`. Returns the exit code (0 all handled, 1 otherwise).
 */
export async function runExtract(command: ExtractCommand, settings: Settings, output: CliOutput): Promise<number> {
  // Loaded here rather than at the top so --help, usage and settings errors never wait on pdf.js
  // and friends, and a broken install still ends in one line instead of a module stack trace.
  const { createExtractor, fileMaster, storeLayouts, storeMaster } = await import('../main/create-extractor.ts').catch((err: unknown) => {
    throw new PoInboxError('internal', `cannot load the extractor: ${coerceError(err).message}`, { cause: err });
  });
  configureReading(settings);
  const store = command.store ? await (await import('../store/open-store.ts')).openStore(settings.DATABASE_URL) : null;
  try {
    const extractor = createExtractor(settings, store ? { master: storeMaster(store.db), layouts: storeLayouts(store.db) } : { master: fileMaster(settings) });
    return await extractAll(command, settings, extractor, output);
  } finally {
    await store?.close();
  }
}

async function extractAll(command: ExtractCommand, settings: Settings, extractor: Extractor, output: CliOutput): Promise<number> {
  let failed = 0;
  for (const file of command.files) {
    try {
      const result = await extractFile(file, settings, extractor);
      output.stdout(formatResult(file, result, command));
    } catch (err) {
      failed += 1;
      output.stderr(`po-inbox: ${oneLine(file)}: ${oneLine(coerceError(err).message) || 'unknown error'}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function extractFile(file: string, settings: Settings, extractor: Extractor): Promise<ExtractionResult> {
  const bytes = await readInputFile(file);
  const restoreConsole = muteConsole(settings.LOG_LEVEL === 'debug');
  try {
    return await extractor.extract(basename(file), bytes);
  } finally {
    restoreConsole();
  }
}

function formatResult(file: string, result: ExtractionResult, command: ExtractCommand): string {
  if (!command.json) return formatExtractionSummary(file, result);
  return command.files.length === 1 ? `${JSON.stringify(result, null, 2)}\n` : `${JSON.stringify(result)}\n`;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'file name too long',
};

async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (err) {
    const reason = READ_ERRORS[(err as NodeJS.ErrnoException).code ?? ''];
    if (reason) throw new InputError('corrupt-input', reason, { cause: err });
    throw err;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
