import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractionResultSchema } from '../src/domain/draft-order.ts';
import { makeBodyPoEmail, makePdfPoEmail } from './fixtures/make-po-email.ts';
import { makePoPdf, samplePo } from './fixtures/make-po-pdf.ts';
import { runCli } from './fixtures/run-cli.ts';
import { CONTRACT_SCHEMA, hasContract, SAMPLES_CORPUS } from './fixtures/shared-folder.ts';

// What `po-inbox extract FILE --json` prints must follow the shared contract. The real bin runs on
// inputs made here (so the test never waits for samples/) plus a few of samples/corpus when present.

if (!hasContract) console.warn('skipped: ../shared/contract not present; output is checked against the zod schema only');

type JsonNode = { $ref?: string; properties?: Record<string, JsonNode>; required?: string[]; items?: JsonNode; [key: string]: unknown };

let work: string;
let files: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'po-inbox-contract-'));
  await writeFile(join(work, 'made-po.pdf'), await makePoPdf(samplePo(1)));
  await writeFile(join(work, 'made-po-attached.eml'), await makePdfPoEmail(samplePo(4)));
  await writeFile(join(work, 'made-po-body.eml'), await makeBodyPoEmail(samplePo(2)));
  files = [join(work, 'made-po.pdf'), join(work, 'made-po-attached.eml'), join(work, 'made-po-body.eml'), ...(await pickSamples(4))];
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** One labelled sample per kind of file (extension), so each reader is exercised once. */
async function pickSamples(most: number): Promise<string[]> {
  const entries = await readdir(SAMPLES_CORPUS).catch(() => [] as string[]);
  const byExtension = new Map<string, string>();
  for (const name of entries.sort()) {
    if (name.endsWith('.truth.json') || !entries.includes(`${name}.truth.json`)) continue;
    if (!byExtension.has(extname(name).toLowerCase())) byExtension.set(extname(name).toLowerCase(), join(SAMPLES_CORPUS, name));
  }
  return [...byExtension.values()].slice(0, most);
}

let extracted: Promise<{ stderr: string; code: number | null; outputs: unknown[] }> | undefined;

/** One CLI run over all files, shared by the tests below; each test fails on its own if it fails. */
async function extractAll(): Promise<unknown[]> {
  extracted ??= runCli(['extract', ...files, '--json'], { cwd: work }).then((run) => ({
    ...run,
    outputs: run.stdout
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown),
  }));
  const run = await extracted;
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.outputs;
}

describe('extract --json output', () => {
  it('prints one pretty JSON object, and nothing else, for one FILE', async () => {
    const run = await runCli(['extract', files[0], '--json'], { cwd: work });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').length).toBeGreaterThan(3);
    expect(() => extractionResultSchema.parse(JSON.parse(run.stdout))).not.toThrow();
  });

  it('prints JSON Lines in input order for several FILEs', async () => {
    const outputs = await extractAll();
    expect(outputs).toHaveLength(files.length);
    expect(outputs.map((o) => (o as { source: { file: string | null } }).source.file)).toEqual(files.map((f) => basename(f)));
  });

  it('follows the zod schema of src/domain/draft-order.ts', async () => {
    const outputs = await extractAll();
    for (const [i, output] of outputs.entries()) {
      const parsed = extractionResultSchema.safeParse(output);
      expect(parsed.success, `${basename(files[i])}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it.skipIf(!hasContract)('follows the shared JSON Schema (draft 2020-12, formats checked)', async () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(CONTRACT_SCHEMA, 'utf8')) as object);
    const outputs = await extractAll();
    for (const [i, output] of outputs.entries()) {
      const valid = validate(output);
      expect(valid, `${basename(files[i])}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});

describe.skipIf(!hasContract)('zod schema and shared JSON Schema', () => {
  it('name the same properties, and zod requires all the JSON Schema requires', async () => {
    const root = JSON.parse(await readFile(CONTRACT_SCHEMA, 'utf8')) as JsonNode;
    const problems: string[] = [];
    compareShapes(root, extractionResultSchema, '', root, problems);
    expect(problems).toEqual([]);
  });
});

/** Fields we add beyond the contract ("more fields may be added"), only where it allows extra properties. */
// Keys beyond the contract, which its objects allow: evidence, how the draft was made and matched, its findings (the review reasons as data), the reading's own confidence, charges and line discounts the order check counts, the learned layout that read the draft.
const EXTENSIONS = new Set([
  '.orders[].evidence',
  '.orders[].extraction',
  '.orders[].matching',
  '.orders[].lines[].match',
  '.orders[].findings',
  '.orders[].readingConfidence',
  '.orders[].charges',
  '.orders[].layout',
  '.orders[].lines[].discountPercent',
  '.orders[].structured',
  '.orders[].lines[].buyerPartNumber',
  '.orders[].lines[].supplierPartNumber',
  '.orders[].lines[].gtin',
  '.orders[].lines[].unitCode',
  '.source.documents[].partId',
  '.source.trimmed',
  '.classification',
]);

/**
 * Walks both schemas side by side. zod may require more than the JSON Schema (the producer always
 * writes every key, null where unknown); it must never leave out a key the JSON Schema requires.
 */
function compareShapes(json: JsonNode, schema: z.ZodType, path: string, root: JsonNode, problems: string[]): void {
  const node = resolveRef(json, root);
  const inner = unwrap(schema);
  if (node.properties) {
    if (!(inner instanceof z.ZodObject)) return void problems.push(`${path || '(root)'}: object in JSON Schema, not in zod`);
    const shape = inner.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(node.properties)) if (!(key in shape)) problems.push(`${path}.${key}: missing in zod`);
    for (const key of Object.keys(shape)) {
      const extension = EXTENSIONS.has(`${path}.${key}`) && node.additionalProperties !== false;
      if (!(key in node.properties) && !extension) problems.push(`${path}.${key}: missing in JSON Schema`);
    }
    for (const key of node.required ?? []) {
      if (shape[key]?.safeParse(undefined).success) problems.push(`${path}.${key}: required in JSON Schema, optional in zod`);
    }
    for (const [key, child] of Object.entries(node.properties)) if (shape[key]) compareShapes(child, shape[key], `${path}.${key}`, root, problems);
  }
  if (node.items) {
    if (!(inner instanceof z.ZodArray)) return void problems.push(`${path}: array in JSON Schema, not in zod`);
    compareShapes(node.items, inner.element as z.ZodType, `${path}[]`, root, problems);
  }
}

function resolveRef(node: JsonNode, root: JsonNode): JsonNode {
  if (!node.$ref) return node;
  const target = node.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], root);
  return resolveRef(target as JsonNode, root);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}
