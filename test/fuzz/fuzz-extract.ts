// The fuzz run of `extract` (issue 14 part 4): the sample inputs of samples/corpus (their bytes
// only, never their truth), mutated with a seed (byte flips, truncation, chunk duplication and
// deletion, header line shuffles, boundary corruption, base64 damage, zeroed ranges), each read
// by extractInput in a child process for a fixed time. Anything but a result or a one-line
// InputError is a crash: a TypeError, a multi-line message, a child that dies, an input that
// takes over a minute. Each crash is kept as a case (cases/NAME.bin and NAME.json) that the
// replay test reads again on every run.

import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../fixtures/make-hostile-inputs.ts';

export const CASES_DIR = fileURLToPath(new URL('./cases/', import.meta.url));
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/corpus/', import.meta.url));
/** An input that takes longer than this is a crash (the only clock of the fuzz run). */
export const INPUT_CEILING_MS = 60_000;
const SAMPLE_EXTENSIONS = new Set(['.eml', '.pdf', '.xlsx', '.csv', '.txt']);
const CHILD_ENTRY = fileURLToPath(new URL('./fuzz-child.ts', import.meta.url));
const LOADER = new URL('../../src/documents/sandbox/load-typescript.mjs', import.meta.url).href;

export interface FuzzRequest {
  type: 'extract';
  id: number;
  name: string;
  bytes: Uint8Array;
}
export type ChildOutcome =
  | { kind: 'ready' }
  | { kind: 'result'; orders: number }
  | { kind: 'input-error'; code: string; message: string }
  | { kind: 'error'; name: string; message: string; stack: string };
export type Outcome = Exclude<ChildOutcome, { kind: 'ready' }> | { kind: 'timeout'; ms: number } | { kind: 'died'; code: number | null; signal: string | null };

export interface Sample {
  name: string;
  bytes: Buffer;
}

/** The seed: FUZZ_SEED, or today's date as YYYYMMDD (UTC), so one day's runs agree. */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env, now = new Date()): number {
  const given = env.FUZZ_SEED?.trim();
  if (given) {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`FUZZ_SEED must be a whole number, not ${JSON.stringify(given)}`);
    return seed;
  }
  return Number(now.toISOString().slice(0, 10).replace(/-/g, ''));
}

/** FUZZ_SECONDS, default 60. */
export function fuzzSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.FUZZ_SECONDS?.trim() || 60);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`FUZZ_SECONDS must be a number of seconds, not ${JSON.stringify(env.FUZZ_SECONDS)}`);
  return seconds;
}

/** The sample inputs (not their .truth.json), sorted so the seed picks the same ones everywhere. */
export function loadSamples(dir = SAMPLES_DIR): Sample[] {
  return readdirSync(dir)
    .filter((name) => SAMPLE_EXTENSIONS.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

// --- Mutations ---------------------------------------------------------------------------------

type Random = () => number;
type Mutation = (bytes: Buffer, random: Random) => Buffer;

const int = (random: Random, below: number) => Math.floor(random() * Math.max(1, below));
const span = (random: Random, length: number): [number, number] => {
  const start = int(random, length);
  const size = 1 + int(random, Math.min(length - start, random() < 0.8 ? 64 : 4096));
  return [start, Math.min(length, start + size)];
};

/** Header block of a MIME entity: the lines before the first empty line, from `from`. */
function headerLines(text: string): { end: number; lines: string[]; newline: string } | null {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const end = text.indexOf(newline + newline);
  if (end <= 0) return null;
  return { end, lines: text.slice(0, end).split(newline), newline };
}

export const MUTATIONS: Record<string, Mutation> = {
  'flip bytes': (bytes, random) => {
    const out = Buffer.from(bytes);
    for (let n = 1 + int(random, 8); n > 0; n--) out[int(random, out.length)] ^= 1 << int(random, 8);
    return out;
  },
  truncate: (bytes, random) => bytes.subarray(0, int(random, bytes.length)),
  'duplicate chunk': (bytes, random) => {
    const [start, end] = span(random, bytes.length);
    const at = int(random, bytes.length);
    const times = random() < 0.9 ? 1 : 1 + int(random, 50);
    return Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: times }, () => bytes.subarray(start, end)), bytes.subarray(at)]);
  },
  'delete chunk': (bytes, random) => {
    const [start, end] = span(random, bytes.length);
    return Buffer.concat([bytes.subarray(0, start), bytes.subarray(end)]);
  },
  'zero range': (bytes, random) => {
    const [start, end] = span(random, bytes.length);
    const out = Buffer.from(bytes);
    out.fill(0, start, end);
    return out;
  },
  'shuffle header lines': (bytes, random) => {
    const text = bytes.toString('latin1');
    const block = headerLines(text);
    if (!block) return MUTATIONS['flip bytes'](bytes, random);
    const lines = block.lines;
    for (let i = lines.length - 1; i > 0; i--) {
      const j = int(random, i + 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return Buffer.from(lines.join(block.newline) + text.slice(block.end), 'latin1');
  },
  'corrupt boundary': (bytes, random) => {
    const text = bytes.toString('latin1');
    const boundaries = [...text.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((m) => m[1]);
    if (boundaries.length === 0) return MUTATIONS['delete chunk'](bytes, random);
    const boundary = boundaries[int(random, boundaries.length)];
    const uses = [...text.matchAll(new RegExp(`--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(--)?`, 'g'))];
    if (uses.length === 0) return MUTATIONS['flip bytes'](bytes, random);
    const use = uses[int(random, uses.length)];
    const at = use.index!;
    const choice = int(random, 4);
    const replacement =
      choice === 0
        ? '' // a delimiter gone
        : choice === 1
          ? `--${boundary.slice(0, -1)}` // one character short
          : choice === 2
            ? use[1]
              ? `--${boundary}`
              : `--${boundary}--` // closed early, or never closed
            : `--${boundary}${'x'.repeat(1 + int(random, 80))}`;
    return Buffer.from(text.slice(0, at) + replacement + text.slice(at + use[0].length), 'latin1');
  },
  'damage base64': (bytes, random) => {
    const text = bytes.toString('latin1');
    const lines = [...text.matchAll(/^[A-Za-z0-9+/]{40,}={0,2}\r?$/gm)];
    if (lines.length === 0) return MUTATIONS['zero range'](bytes, random);
    let out = text;
    for (let n = 1 + int(random, 4); n > 0; n--) {
      const line = lines[int(random, lines.length)];
      const at = line.index! + int(random, line[0].length);
      const damage = ['!', '=', '==', '', '\r\n', '-', 'é'][int(random, 7)];
      out = out.slice(0, at) + damage + out.slice(at + 1);
    }
    return Buffer.from(out, 'latin1');
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

/** The random source of input `index` of the run with `seed`: each input can be made again alone. */
export function inputRandom(seed: number, index: number): Random {
  return seededRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0);
}

/** Input `index` of the run with `seed`: a sample and one to three mutations of it. */
export function makeInput(samples: Sample[], seed: number, index: number): { source: string; mutations: string[]; bytes: Buffer } {
  const random = inputRandom(seed, index);
  const sample = samples[int(random, samples.length)];
  const mutations: string[] = [];
  let bytes = sample.bytes;
  for (let n = 1 + int(random, 3); n > 0; n--) {
    const name = MUTATION_NAMES[int(random, MUTATION_NAMES.length)];
    mutations.push(name);
    bytes = MUTATIONS[name](bytes, random);
  }
  return { source: sample.name, mutations, bytes };
}

/** Why an outcome is a crash, in one line, or null when it is fine (a result, a one-line InputError). */
export function crashReason(outcome: Outcome): string | null {
  switch (outcome.kind) {
    case 'result':
      return null;
    case 'input-error':
      return /[\r\n]/.test(outcome.message) || outcome.message.trim() === ''
        ? `InputError (${outcome.code}) without a one-line message: ${JSON.stringify(outcome.message.slice(0, 300))}`
        : null;
    case 'error':
      return `${outcome.name}: ${outcome.message.split('\n')[0].slice(0, 300)}`;
    case 'timeout':
      return `took over ${Math.round(outcome.ms / 1000)} s`;
    case 'died':
      return `the extraction process died (${outcome.signal ?? `exit code ${outcome.code}`})`;
  }
}

// --- The extraction child -------------------------------------------------------------------------

/** extractInput in a child process, one input at a time; a new child after a timeout or a death. */
export class ExtractChild {
  private proc: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;

  private start(): Promise<void> {
    const proc = fork(CHILD_ENTRY, [], { execArgv: ['--import', LOADER, '--max-old-space-size=1536'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    this.proc = proc;
    this.ready = new Promise<void>((resolve, reject) => {
      proc.once('message', () => resolve());
      proc.once('exit', (code, signal) => reject(new Error(`the fuzz child did not start (${signal ?? code})`)));
    });
    return this.ready;
  }

  async extract(name: string, bytes: Uint8Array, ceilingMs = INPUT_CEILING_MS): Promise<Outcome> {
    if (!this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null) await this.start();
    else await this.ready;
    const proc = this.proc!;
    const id = this.nextId++;
    const started = Date.now();
    return new Promise<Outcome>((resolve) => {
      const done = (outcome: Outcome) => {
        clearTimeout(timer);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        resolve(outcome);
      };
      const onMessage = (message: { id: number; outcome: ChildOutcome }) => {
        if (message.id === id && message.outcome.kind !== 'ready') done(message.outcome);
      };
      const onExit = (code: number | null, signal: string | null) => done({ kind: 'died', code, signal });
      const timer = setTimeout(() => {
        this.kill();
        done({ kind: 'timeout', ms: Date.now() - started });
      }, ceilingMs);
      proc.on('message', onMessage);
      proc.on('exit', onExit);
      proc.send({ type: 'extract', id, name, bytes } satisfies FuzzRequest);
    });
  }

  private kill(): void {
    // Its reading-sandbox children notice the closed IPC channel and exit with it.
    this.proc?.kill('SIGKILL');
    this.proc = null;
  }

  async close(): Promise<void> {
    const proc = this.proc;
    this.proc = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.disconnect();
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

// --- The run --------------------------------------------------------------------------------------

export interface Crash {
  /** The case name: cases/NAME.bin and NAME.json. */
  name: string;
  seed: number;
  index: number;
  source: string;
  mutations: string[];
  /** The name the input was read under (the sample's, so the extension hints as it did). */
  file: string;
  message: string;
}

export interface FuzzReport {
  seed: number;
  seconds: number;
  tried: number;
  crashes: Crash[];
  outcomes: Record<string, number>;
}

/** Mutated samples through extractInput for `seconds`; every crash is written to `casesDir`. */
export async function fuzzExtract(options: {
  seed: number;
  seconds: number;
  samples?: Sample[];
  casesDir?: string;
  ceilingMs?: number;
  log?: (line: string) => void;
}): Promise<FuzzReport> {
  const samples = options.samples ?? loadSamples();
  const casesDir = options.casesDir ?? CASES_DIR;
  const child = new ExtractChild();
  const report: FuzzReport = { seed: options.seed, seconds: options.seconds, tried: 0, crashes: [], outcomes: {} };
  const end = Date.now() + options.seconds * 1000;
  try {
    for (let index = 0; Date.now() < end; index++) {
      const input = makeInput(samples, options.seed, index);
      const outcome = await child.extract(input.source, input.bytes, options.ceilingMs);
      report.tried += 1;
      report.outcomes[outcome.kind] = (report.outcomes[outcome.kind] ?? 0) + 1;
      const reason = crashReason(outcome);
      if (reason === null) continue;
      const crash: Crash = {
        name: `${basename(input.source, extname(input.source))}-${options.seed}-${index}`,
        seed: options.seed,
        index,
        source: input.source,
        mutations: input.mutations,
        file: input.source,
        message: reason,
      };
      writeCase(casesDir, crash, input.bytes, outcome);
      report.crashes.push(crash);
      options.log?.(`fuzz: crash ${crash.name}: ${reason}`);
    }
  } finally {
    await child.close();
  }
  return report;
}

export function writeCase(dir: string, crash: Crash, bytes: Uint8Array, outcome: Outcome): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${crash.name}.bin`), bytes);
  const stack = outcome.kind === 'error' ? outcome.stack.split('\n').slice(0, 12) : undefined;
  writeFileSync(join(dir, `${crash.name}.json`), `${JSON.stringify({ ...crash, stack }, null, 2)}\n`);
}

/** The committed cases: NAME.bin with the file name it is read under (from NAME.json). */
export function loadCases(dir = CASES_DIR): Array<{ name: string; file: string; bytes: Buffer }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.bin'))
    .sort()
    .map((bin) => {
      const name = bin.slice(0, -4);
      let file = name;
      try {
        file = (JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { file?: string }).file ?? name;
      } catch {
        // A case without its JSON is read under its own name.
      }
      return { name, file, bytes: readFileSync(join(dir, bin)) };
    });
}
