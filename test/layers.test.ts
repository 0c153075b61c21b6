import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering rule of design.md, checked mechanically: pure layers do no I/O and import only
// what their row allows, so they stay testable with strings and portable to other runtimes.

const SRC = path.resolve(import.meta.dirname, '../src');

const RULES: Record<string, { layers: string[]; packages: RegExp }> = {
  domain: { layers: ['domain'], packages: /^(zod|date-fns(\/.*)?|i18n-iso-countries(\/.*)?)$/ },
  // date-fns is pure calendar arithmetic (business days), no I/O.
  extraction: { layers: ['domain', 'extraction'], packages: /^date-fns\/[\w]+$/ },
  // The scorer reads a folder of files and runs the pipeline: a composition root for evaluation.
  // Matching is pure like extraction: master data comes in loaded, as values.
  matching: { layers: ['domain', 'matching'], packages: /^$/ },
  eval: { layers: ['domain', 'eval', 'pipeline'], packages: /^node:.*$/ },
  // The store's queries see Kysely only; open-store.ts (Node side) picks the driver. zod checks
  // the JSON columns read back (parse-row.ts).
  store: { layers: ['domain', 'store'], packages: /^(kysely|better-sqlite3|pg|zod|node:(fs|path))$/ },
  mailbox: { layers: ['domain', 'mailbox'], packages: /^(imapflow|node:.*)$/ },
  pipeline: { layers: ['domain', 'documents', 'extraction', 'matching', 'store', 'notify', 'pipeline'], packages: /^(kysely|libmime|node:.*)$/ },
  // Outgoing mail and the webhook: the templates are pure, the senders wrap nodemailer and fetch.
  notify: { layers: ['domain', 'notify'], packages: /^(nodemailer(\/lib\/[\w-]+)?|node:.*)$/ },
  // zod parses form posts and API bodies; xss (js-xss, string-only) sanitises HTML mail; scrypt from
  // @noble/hashes hashes passwords. All pure JS with no Node built-ins, so they run on Workers too.
  // structured/ reads cXML posted to /api/cxml (fast-xml-parser is pure JS); matching/ names the sender by its ids.
  web: { layers: ['domain', 'store', 'web', 'structured', 'matching'], packages: /^(hono(\/.*)?|kysely|zod|xss|@noble\/hashes\/scrypt)$/ },
  // The Workers entry: the web app over pg through Hyperdrive; postal-mime (pure JS) reads the stored
  // original. No node:* at all: pg's own net/tls/crypto needs come from nodejs_compat.
  edge: { layers: ['store', 'web', 'edge'], packages: /^(kysely|pg|zod|postal-mime)$/ },
  // The model adapter: sees the extraction's reader interface, never the pipeline or the store.
  llm: { layers: ['domain', 'extraction', 'llm'], packages: /^(openai(\/.*)?|zod|p-limit|node:.*)$/ },
  // Orders sent as data (X12, EDIFACT, cXML, UBL): pure readers of text, XML through fast-xml-parser.
  structured: { layers: ['domain', 'structured'], packages: /^fast-xml-parser$/ },
  documents: {
    layers: ['domain', 'documents', 'structured'],
    packages: /^(node:.*|pdf-parse|mailparser|postal-mime|libmime|html-to-text|csv-parse(\/.*)?|exceljs|sharp|p-limit|tesseract\.js|@tesseract\.js-data\/\w+)$/,
  },
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !p.includes(`${path.sep}testing${path.sep}`) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2]);
}

describe('layer rules (design.md)', () => {
  for (const [layer, rule] of Object.entries(RULES)) {
    it(`${layer}/ imports only ${rule.layers.join(', ')} and its allowed packages`, () => {
      const dir = path.join(SRC, layer);
      const offending: string[] = [];
      for (const file of sourceFiles(dir)) {
        for (const spec of importsOf(file)) {
          if (spec.startsWith('.')) {
            const target = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
            if (!rule.layers.includes(target)) offending.push(`${path.relative(SRC, file)} -> ${spec}`);
          } else if (!rule.packages.test(spec)) offending.push(`${path.relative(SRC, file)} -> ${spec}`);
        }
      }
      expect(offending).toEqual([]);
    });
  }
});

/** Files reachable from `entry` through relative imports. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const spec of importsOf(entry)) {
    if (spec.startsWith('.')) reachable(path.resolve(path.dirname(entry), spec), seen);
  }
  return seen;
}

describe('the web part runs on Cloudflare Workers too', () => {
  it('reaches no Node-only module (node:*, better-sqlite3) through any import, from web/ or edge/', () => {
    const offending: string[] = [];
    for (const file of [...sourceFiles(path.join(SRC, 'web')), ...sourceFiles(path.join(SRC, 'edge'))]) {
      for (const dep of reachable(file)) {
        for (const spec of importsOf(dep)) {
          if (/^(node:|better-sqlite3$|fs$|path$)/.test(spec)) offending.push(`${path.relative(SRC, dep)} -> ${spec}`);
        }
      }
    }
    expect([...new Set(offending)]).toEqual([]);
  });
});
