// What the reading sandbox's parent and children say to each other over the IPC channel
// (structured clone: the bytes and the layout document travel as they are).

import type { LayoutDocument } from '../../domain/layout.ts';
import type { ReadProgress, ScanLimits } from '../ocr/read-scanned-image.ts';
import type { SniffedType } from '../sniff-media-type.ts';

/** The limits a child can be given: plain data, no OCR pool and no callbacks. */
export type ChildLimits = Omit<ScanLimits, 'ocr' | 'onProgress'> & { ocr?: Omit<NonNullable<ScanLimits['ocr']>, 'pool' | 'onProgress'> };

export interface ReadRequest {
  type: 'read';
  id: number;
  name: string;
  bytes: Uint8Array;
  sniffed: SniffedType;
  limits: ChildLimits;
}

export interface ErrorReport {
  name: string;
  code?: string;
  message: string;
  retryable?: boolean;
}

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: ReadProgress }
  | { type: 'done'; id: number; document: LayoutDocument }
  | { type: 'failed'; id: number; error: ErrorReport };
