// Access to the original message (MIME parts, PDF pages as images). Parsing MIME and rendering
// PDFs is Node-only, so the Node composition root provides this and a Workers deployment may
// leave it out; the draft page then shows the extracted fields and says the original is elsewhere.

export interface MailContent {
  text: string | null;
  /** Unsanitised: the web layer sanitises before showing it. */
  html: string | null;
}

export interface Attachment {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface Originals {
  readMail(messageId: string): Promise<MailContent | null>;
  /** The bytes of document `position` of the message (as in the documents table). */
  readAttachment(messageId: string, position: number): Promise<Attachment | null>;
  /** Page `pageNo` (1-based) of document `position` as a PNG; absent where pages cannot be rendered (Workers). */
  renderPage?(messageId: string, position: number, pageNo: number): Promise<Uint8Array | null>;
}

/** Re-reads a draft's message with the current extractor; returns the new order or throws. */
export type Reextract = (draftId: string, actor: string) => Promise<void>;

/** What an order posted over HTTP (POST /api/cxml) became in the pipeline (Node only: extraction runs there). */
export type IntakeResult = { outcome: 'drafts'; draftIds: string[] } | { outcome: 'not-order' | 'duplicate' } | { outcome: 'failed'; error: string } | { outcome: 'busy' };

/** Hands posted bytes to the same pipeline the mailbox and the drop folder use, under a ledger key. */
export type Intake = (message: { sourceKey: string; name: string; bytes: Uint8Array }) => Promise<IntakeResult>;
