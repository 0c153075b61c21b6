// The shape of one language's lexicon: every word the readers look for on a purchase order, in
// that language. One file per language (en.ts, de.ts, ...), listed in index.ts; adding a language
// is one file and its entry there. Words are lower case, accents kept (matching folds both sides);
// document-kind and urgency entries are regular-expression sources, matched against folded text
// (document kinds) or the text as written, case-insensitively (urgency).

export type ColumnRole = 'lineNo' | 'sku' | 'description' | 'quantity' | 'unit' | 'unitPrice' | 'amount' | 'date' | 'discount' | 'tax';
export type FieldLabel = 'poNumber' | 'orderDate' | 'requestedDeliveryDate' | 'paymentTerms' | 'shippingMethod' | 'contactName' | 'email' | 'phone' | 'currency';
export type TotalKind = 'subtotal' | 'tax' | 'shipping' | 'other' | 'total';
export type PartyRole = 'supplier' | 'shipTo' | 'billTo' | 'buyer';
/** What a mail or document may be other than an order, as the classifier names it. */
export type DocumentKind =
  | 'invoice'
  | 'statement'
  | 'quote request'
  | 'out-of-office reply'
  | 'newsletter'
  | 'shipping notice'
  | 'price list request'
  | 'delivery note'
  | 'cancellation'
  | 'complaint'
  | 'invitation'
  | 'question'
  | 'order acknowledgement'
  | 'confirmation'
  | 'quotation';

export interface UrgencyWords {
  /** Emergency words ("urgent", "line down"). */
  urgent?: string[];
  /** Emergency adverbs of time ("asap"), which in "please confirm ASAP" are about the reply. */
  urgentTiming?: string[];
  /** Softer priority ("priority", "by end of week"). */
  high?: string[];
  highTiming?: string[];
  /** Phrases in which an urgency word is not the buyer asking ("in urgent cases call ..."). */
  boilerplate?: string[];
  /** Phrases that say there is no hurry ("no rush", "keine Eile"). */
  negation?: string[];
  /** Single words that negate what follows ("not", "kein", "sin"). */
  negators?: string[];
  /** Words that end a negation's reach ("but", "aber"). */
  contrast?: string[];
}

export interface Lexicon {
  /** ISO 639-1 code. */
  lang: string;
  /** Common short words, for telling the language of a document. */
  functionWords: string[];
  columns: Partial<Record<ColumnRole, string[]>>;
  fields: Partial<Record<FieldLabel, string[]>>;
  totals: Partial<Record<TotalKind, string[]>>;
  parties: Partial<Record<PartyRole, string[]>>;
  /** Lines that end an item table, besides the total labels. */
  tableEnd?: string[];
  /** Rows inside an item table that are charges, not items. */
  chargeRows?: string[];
  /** Units as printed, upper case. */
  units?: string[];
  /** The words for an order, that a PO number may follow (regex sources, case-insensitive). */
  orderNouns?: string[];
  /** Words between an order's reference and its date ("dated", "vom", "z dnia"; regex sources, case-insensitive). */
  datedWords?: string[];
  /** Words that mark a number after a noun ("no.", "Nr.", "n°"; regex sources, case-insensitive). */
  numberWords?: string[];
  /** Sentences that place an order ("please find attached our order"; regex sources over folded text). */
  orderPhrases?: string[];
  /** Titles of a purchase order (regex sources over folded text). */
  orderTitles?: string[];
  /** Marks of what is not an order (regex sources over folded text). */
  documentKinds?: Partial<Record<DocumentKind, string[]>>;
  urgency?: UrgencyWords;
  /** A reply that accepts a quote, so the quoted quote is the order (regex sources over folded text). */
  quoteApprovals?: string[];
  /**
   * Words written in an address block instead of an address, naming one given elsewhere on the
   * page: the sender's own (letterhead), the delivery address, or whichever stands above ("as above"). Regex sources over
   * the block's words (`foldWords`: lower case, no accents, single spaces).
   */
  addressReferences?: Partial<Record<AddressReference, string[]>>;
  /**
   * Words that make an item-number label the supplier's (ours) rather than the buyer's: "your"
   * and "supplier" in "Your material no.", "Supplier ref.", "Ihre Materialnummer". Lower case.
   */
  sellerSide?: string[];
  /** The closing line that opens a mail signature ("best regards", "mit freundlichen Grüßen"; regex sources, matched whole, case-insensitive). */
  closings?: string[];
  /** Words of a job title in a signature ("buyer", "Einkäufer"; regex sources of whole words, case-insensitive). */
  jobTitles?: string[];
  /** A mail saying it was sent by a system nobody reads ("please do not reply"): its sender is not the buyer's contact (regex sources over folded text). */
  automatedMail?: string[];
}

/** The address an address block refers to instead of writing one. */
export type AddressReference = 'letterhead' | 'above' | 'shipTo';
