import type { Evidence } from '../../domain/draft-order.ts';
import type { DraftDetail } from '../../store/get-draft.ts';
import type { MailContent } from '../originals.ts';
import { toMailDocument } from './sanitize-mail-html.ts';
import type { StructuredRows } from './read-structured-rows.ts';

// The original beside the fields: the mail body (HTML only sanitised, in a sandboxed frame with
// no scripts and no same-origin), each attachment's pages as images, and downloads.

export interface OriginalPanelProps {
  draft: DraftDetail;
  mail: MailContent | null;
  /** False where the deployment has no access to the raw message (e.g. Workers). */
  hasOriginals: boolean;
  /** False where pages cannot be rendered (Workers): downloads only. */
  hasPageImages?: boolean;
  /** The segments or elements of documents that came as data (EDI, cXML, UBL), by position. */
  structuredRows?: StructuredRows;
}

const PAGE_IMAGES_MAX = 10;

export function OriginalPanel({ draft, mail, hasOriginals, hasPageImages = hasOriginals, structuredRows }: OriginalPanelProps) {
  const attachments = draft.documents.filter((d) => !(draft.source.kind === 'email' && d.position === 0 && d.name === 'body'));
  return (
    <section class="panel original" id="original" aria-label="Original">
      <div class="viewer-head">
        <h2>Original</h2>
        {/* The script zooms and rotates the page images; without it they fit the column. */}
        <span class="viewer-tools" id="viewer-tools" hidden>
          <button type="button" data-view="zoom-out" title="zoom out (-)" tabindex={-1}>
            −
          </button>
          <span id="viewer-zoom">100%</span>
          <button type="button" data-view="zoom-in" title="zoom in (+)" tabindex={-1}>
            +
          </button>
          <button type="button" data-view="rotate" title="rotate a quarter turn (o)" tabindex={-1}>
            ⟳
          </button>
          <button type="button" data-view="reset" title="fit the column (0)" tabindex={-1}>
            fit
          </button>
        </span>
      </div>
      <p>
        From <b>{draft.source.from ?? 'unknown sender'}</b>
        {draft.source.subject ? <> · {draft.source.subject}</> : null}
        {draft.source.receivedAt ? <> · received {draft.source.receivedAt.slice(0, 16).replace('T', ' ')}</> : null}
      </p>
      {!hasOriginals ? <p class="notice info">The original message is not available on this server; the fields show what was extracted.</p> : null}
      {hasOriginals && !hasPageImages && attachments.length > 0 ? <p class="notice info">Page images are not rendered on this server; download the attachment to see it.</p> : null}
      {mail?.html ? (
        <iframe class="mail" title="mail body" sandbox="" referrerpolicy="no-referrer" srcdoc={toMailDocument(mail.html)}></iframe>
      ) : mail?.text ? (
        <pre class="mail">{mail.text}</pre>
      ) : null}
      {attachments.map((doc) => (
        <div class="document">
          <h3>
            {doc.name}{' '}
            <small>
              ({doc.mediaType}, read as {doc.method}
              {doc.pages ? `, ${doc.pages} page${doc.pages > 1 ? 's' : ''}` : ''})
            </small>
          </h3>
          {hasOriginals ? (
            <a href={`/drafts/${draft.id}/documents/${doc.position}`} download>
              Download
            </a>
          ) : null}
          {structuredRows?.get(doc.position) ? <SegmentTable rows={structuredRows.get(doc.position)!} /> : null}
          {hasPageImages && hasPages(doc.mediaType, doc.method)
            ? pageNumbers(doc.pages).map((n) => (
                <div class="page-frame">
                  <img class="page-image" loading="lazy" alt={`${doc.name}, page ${n}`} src={`/drafts/${draft.id}/documents/${doc.position}/pages/${n}`} />
                  <EvidenceLayer evidence={(draft.order.evidence ?? []).filter((e) => e.document === doc.position && e.page === n)} />
                </div>
              ))
            : null}
        </div>
      ))}
      <p class="shortcuts">On a field, its place on the page is outlined where the extraction found it (PDF text and scans).</p>
    </section>
  );
}

/** An order sent as data, as a rep reads it: one row per segment (tag, elements) or XML element (path, value). */
function SegmentTable({ rows }: { rows: string[][] }) {
  return (
    <table class="segments">
      <thead>
        <tr>
          <th>segment / element</th>
          <th>value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, rest]) => (
          <tr>
            <td>
              <code>{head}</code>
            </td>
            <td>
              <code>{rest}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Outlines of where values stand on the page, shown by the script for the field in focus.
 * SVG attributes, not inline styles, so the CSP can forbid inline styles. */
function EvidenceLayer({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <svg class="evidence-layer" viewBox="0 0 1000 1000" preserveAspectRatio="none" aria-hidden="true">
      {evidence.map((e) => {
        const [x0, y0, x1, y1] = e.box.map((v) => Math.round(v * 1000));
        // The rule that read the value there, for a rep who wonders why this was taken.
        return (
          <rect data-field={e.field} data-rule={e.rule} x={String(x0 - 4)} y={String(y0 - 4)} width={String(x1 - x0 + 8)} height={String(y1 - y0 + 8)} rx="4">
            {e.rule ? <title>{`${e.field}: ${e.rule}`}</title> : null}
          </rect>
        );
      })}
    </svg>
  );
}

function hasPages(mediaType: string, method: string): boolean {
  return method !== 'skipped' && (mediaType === 'application/pdf' || mediaType.startsWith('image/'));
}

function pageNumbers(pages: number | null): number[] {
  return Array.from({ length: Math.min(pages ?? 1, PAGE_IMAGES_MAX) }, (_, i) => i + 1);
}
