import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { approveDraft, rejectDraft } from '../../store/decide-draft.ts';
import { DraftError } from '../../store/draft-error.ts';
import { draftErrorStatus } from '../answer-error.ts';
import { editDraft, editedOrder, settleEdits } from '../../store/edit-draft.ts';
import { findQueueNeighbours, getDraft } from '../../store/get-draft.ts';
import { currentFindings } from '../../domain/review-draft.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { renderDocument } from '../layout.tsx';
import type { Originals, Reextract } from '../originals.ts';
import { readStructuredRows } from './read-structured-rows.ts';
import { blockingProblems } from '../../domain/check-order.ts';
import { DraftView } from './draft-view.tsx';
import { parseDraftForm } from './parse-draft-form.ts';

// The draft page and its form posts. Every post answers with a redirect (so a reload does not
// post twice) or, when refused, the page again with the reason, the form as it was posted (no
// edit is lost) and a 4xx status. Two posts ask first: an approval while warnings are open, and a
// re-extract (which replaces the corrections; the history keeps them).

export interface DraftRouteDeps {
  db: Kysely<Database>;
  originals?: Originals;
  reextract?: Reextract;
}

const DONE: Record<string, string> = {
  saved: 'Saved.',
  approved: 'Approved. This is the next draft.',
  rejected: 'Rejected. This is the next draft.',
  reextracted: 'Read again from the original.',
};
const ID = '/:id{[0-9a-f-]{36}}';

export function draftRoutes(deps: DraftRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(ID, async (c) => {
    const done = DONE[c.req.query('done') ?? ''];
    return showDraft(c, deps, c.req.param('id'), { notice: done ? { level: 'info', text: done } : null }, 200);
  });

  app.post(ID, (c) =>
    act(c, deps, async (id, body) => {
      const form = parseDraftForm(body);
      await editDraft(deps.db, id, { version: form.version, patch: form.patch, lineOrigins: form.lineOrigins, actor: c.get('actor') });
      return `/drafts/${id}?done=saved${form.op.kind === 'save' ? '' : '#draft-form'}`;
    }),
  );

  app.post(`${ID}/approve`, (c) =>
    act(c, deps, async (id, body) => {
      const form = parseDraftForm(body);
      if (body.confirmWarnings !== 'yes') {
        const warnings = await openWarnings(deps.db, id, form, c.get('actor'));
        if (warnings.length > 0)
          throw new Confirm({ warnings }, `${warnings.length === 1 ? 'A warning is' : `${warnings.length} warnings are`} still open; approve again to approve anyway.`);
      }
      await approveDraft(deps.db, id, { actor: c.get('actor'), version: form.version, patch: form.patch, lineOrigins: form.lineOrigins, check: blockingProblems });
      return nextUrl(deps.db, id, 'approved');
    }),
  );

  app.post(`${ID}/reject`, (c) =>
    act(c, deps, async (id, body) => {
      const version = Number(body.version);
      await rejectDraft(deps.db, id, { actor: c.get('actor'), version: Number.isInteger(version) ? version : null, reason: String(body.reason ?? '').slice(0, 500) });
      return nextUrl(deps.db, id, 'rejected');
    }),
  );

  app.post(`${ID}/reextract`, (c) =>
    act(c, deps, async (id, body) => {
      if (!deps.reextract) throw new DraftError('invalid', 're-extraction is not available on this server');
      if (body.confirm !== 'yes')
        throw new Confirm(
          { reextract: true },
          'Re-extracting replaces this draft with a fresh reading of the original; the version it replaces, with your corrections, stays in the history. Press "Re-extract" again to go on.',
        );
      await deps.reextract(id, c.get('actor'));
      return `/drafts/${id}?done=reextracted`;
    }),
  );

  app.get(`${ID}/documents/:position{[0-9]+}`, async (c) => {
    const found = await findMessage(deps.db, c.req.param('id'));
    const attachment = found && deps.originals ? await deps.originals.readAttachment(found, Number(c.req.param('position'))) : null;
    if (!attachment) return c.text('not found', 404);
    // Always a download, never rendered here: an HTML or SVG attachment must not run on our origin.
    const name = attachment.name.replace(/[^\w.\- ]+/g, '_').slice(0, 120) || 'attachment';
    return c.body(attachment.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${name}"`,
      'x-content-type-options': 'nosniff',
    });
  });

  app.get(`${ID}/documents/:position{[0-9]+}/pages/:page{[0-9]+}`, async (c) => {
    const found = await findMessage(deps.db, c.req.param('id'));
    const png = found && deps.originals?.renderPage ? await deps.originals.renderPage(found, Number(c.req.param('position')), Number(c.req.param('page'))) : null;
    if (!png) return c.text('not found', 404);
    return c.body(png as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'image/png', 'cache-control': 'private, max-age=3600' });
  });
  return app;
}

interface Shown {
  notice: { level: 'info' | 'warning' | 'error'; text: string } | null;
  posted?: Record<string, string> | null;
  confirm?: ConfirmWhat;
}

async function showDraft(c: Context<AppEnv>, deps: DraftRouteDeps, id: string, shown: Shown, status: 200 | 404 | 409 | 422) {
  const draft = await getDraft(deps.db, id);
  if (!draft) return c.text('no such draft', 404);
  const [mail, around, structuredRows] = await Promise.all([
    deps.originals?.readMail(draft.messageId).catch(() => null) ?? null,
    findQueueNeighbours(deps.db, id),
    readStructuredRows(deps.originals, draft),
  ]);
  const page = (
    <DraftView
      session={c.get('session')!}
      draft={draft}
      mail={mail}
      structuredRows={structuredRows}
      hasOriginals={deps.originals !== undefined}
      hasPageImages={deps.originals?.renderPage !== undefined}
      canReextract={deps.reextract !== undefined}
      nextId={around.next}
      previousId={around.previous}
      notice={shown.notice}
      posted={shown.posted ?? null}
      confirmWarnings={shown.confirm?.warnings ?? null}
      confirmReextract={shown.confirm?.reextract ?? false}
    />
  );
  return c.html(await renderDocument(page), status);
}

interface ConfirmWhat {
  warnings?: string[];
  reextract?: boolean;
}

/** A post that needs a second, confirming one: the page asks, with the form as posted. */
class Confirm extends Error {
  constructor(
    readonly what: ConfirmWhat,
    message: string,
  ) {
    super(message);
  }
}

/** Runs a form post; a refused change shows the page again with the reason and the posted form. */
async function act(c: Context<AppEnv>, deps: DraftRouteDeps, run: (id: string, body: Record<string, unknown>) => Promise<string>) {
  const id = c.req.param('id')!;
  const body = await c.req.parseBody();
  try {
    return c.redirect(await run(id, body), 303);
  } catch (err) {
    const posted = typeof body.version === 'string' && Object.keys(body).some((k) => k !== 'version' && k !== '_csrf' && k !== 'confirm') ? postedValues(body) : null;
    if (err instanceof Confirm) return showDraft(c, deps, id, { notice: { level: 'warning', text: err.message }, posted, confirm: err.what }, 409);
    if (!(err instanceof DraftError)) throw err;
    const kept = posted && err.code !== 'decided' && err.code !== 'not-found' ? ' Your edits are kept below, not saved yet.' : '';
    const newer = err.code === 'version' && posted ? ' Saving again puts your values over the other change (see the history).' : '';
    return showDraft(
      c,
      deps,
      id,
      { notice: { level: 'error', text: `${err.message}.${kept}${newer}`.replace(/\.\./g, '.') }, posted: err.code === 'decided' ? null : posted },
      draftErrorStatus(err),
    );
  }
}

/** The posted form fields as text, for showing the form again as the rep left it. */
function postedValues(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'string' && key !== '_csrf' && key !== 'op' && key !== 'version' && key !== 'confirmWarnings') out[key] = value;
  return out;
}

/** The warnings the order would still have after the posted edits (what an approval asks to confirm). */
async function openWarnings(db: Kysely<Database>, id: string, form: ReturnType<typeof parseDraftForm>, actor: string): Promise<string[]> {
  const draft = await getDraft(db, id);
  if (!draft) return [];
  const request = { patch: form.patch, lineOrigins: form.lineOrigins, actor };
  let order = draft.order;
  try {
    order = settleEdits(draft.order, editedOrder(draft.order, request), request);
  } catch (err) {
    if (!(err instanceof DraftError)) throw err;
  }
  const open = currentFindings(order);
  // What blocks is refused as such by the approval itself; there is nothing to confirm then.
  if (open.some((f) => f.severity === 'block')) return [];
  return [...new Set(open.filter((f) => f.severity === 'warn').map((f) => f.message))];
}

async function nextUrl(db: Kysely<Database>, id: string, done: 'approved' | 'rejected'): Promise<string> {
  const { next } = await findQueueNeighbours(db, id);
  return next ? `/drafts/${next}?done=${done}` : `/queue?done=${done}`;
}

async function findMessage(db: Kysely<Database>, draftId: string): Promise<string | null> {
  const row = await db.selectFrom('drafts').select('message_id').where('id', '=', draftId).executeTakeFirst();
  return row?.message_id ?? null;
}
