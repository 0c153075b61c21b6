import type { DocSpec, MailSpec, OrderSpec } from './lib.ts';

/** one generated input: the mail, what a perfect reader would read, and the labelling notes */
export interface Sample {
  file: string;
  mail: MailSpec;
  docs: DocSpec[];
  orders: OrderSpec[];
  notes: string[];
  /** strings written into attachments (PDF cells, sheet cells), for the self-check */
  attachmentText: string[];
  /** PDFs with the page count we drew, for the self-check */
  pdfs: { name: string; buf: Buffer; pages: number }[];
}
