import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReaderDocument } from '../extraction/model/order-reader.ts';

// Prompts are files (design.md), read once at startup; the version is part of the file name so a
// draft can say which prompt produced it, and an edit that changes behaviour gets a new version.

export interface Prompts {
  /** e.g. "extract-order.v1". */
  version: string;
  system: string;
  user: string;
}

export const PROMPTS_DIR = resolve(import.meta.dirname, '../../prompts');

export function loadPrompts(version = 'extract-order.v1', dir = PROMPTS_DIR): Prompts {
  const read = (part: string) => readFileSync(join(dir, `${version}.${part}.md`), 'utf8');
  return { version, system: read('system'), user: read('user') };
}

/** One pass over `{{name}}` slots, so text inside a value (a document) is never expanded in turn. */
export function renderPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (slot, name: string) => values[name] ?? slot);
}

/** File names come from the sender too: one short line, no brackets that could fake a boundary. */
function safeName(name: string): string {
  return name.replace(/[\u0000-\u001f<>"]+/g, ' ').slice(0, 120);
}

/**
 * Documents between BEGIN/END lines that carry a random boundary the sender cannot know, so text
 * that imitates an end marker stays inside the data.
 */
export function toDocumentBlock(documents: ReaderDocument[], boundary: string): string {
  return documents
    .flatMap((d) => d.pages.map((page, i) => `<<<BEGIN ${boundary} name="${safeName(d.name)}" page=${i + 1}>>>\n${page.split(boundary).join('')}\n<<<END ${boundary}>>>`))
    .join('\n\n');
}
