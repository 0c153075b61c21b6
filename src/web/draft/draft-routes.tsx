import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { approveDraft, rejectDraft } from '../../store/decide-draft.ts';
import { DraftError } from '../../store/draft-error.ts';
import { draftErrorStatus } from '../answer-error.ts';
import { editDraft } from '../../store/edit-draft.ts';
import { findNextPending, getDraft } from '../../store/get-draft.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { renderDocument } from '../layout.tsx';
import type { Originals, Reextract } from '../originals.ts';
import { readStructuredRows } from './read-structured-rows.ts';
import { blockingProblems } from '../../domain/check-order.ts';
import { DraftView } from './draft-view.tsx';
import { parseDraftForm } from './parse-draft-form.ts';

// The draft page and its form posts. Every post answers with a redirect (so a reload does not
// post twice) or, when refused, the page again with the reason and a 4xx status.

export interface DraftRouteDeps {
  db: Kysely<Database>;
  originals?: Originals;
  reextract?: Reextract;
}

const DONE: Record<string, string> = { saved: 'Saved.', approved: 'Approved. This is the next draft.', rejected: 'Rejected. This is the next draft.', reextracted: 'Read again from the original.' };
const ID = '/:id{[0-9a-f-]{36}}';

export function draftRoutes(deps: DraftRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(ID, async (c) => {
    const done = DONE[c.req.query('done') ?? ''];
    return showDraft(c, deps, c.req.param('id'), done ? { level: 'info', text: done } : null, 200);
  });

  app.post(ID, (c) =>
    act(c, deps, async (id, body) => {
      const form = parseDraftForm(body);
      await editDraft(deps.db, id, { version: form.version, patch: form.patch, actor: c.get('actor') });
      return `/drafts/${id}?done=saved${form.op.kind === 'save' ? '' : '#draft-form'}`;
    }),
  );

  app.post(`${ID}/approve`, (c) =>
    act(c, deps, async (id, body) => {
      const form = parseDraftForm(body);
      await approveDraft(deps.db, id, { actor: c.get('actor'), version: form.version, patch: form.patch, check: blockingProblems });
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
    act(c, deps, async (id) => {
      if (!deps.reextract) throw new DraftError('invalid', 're-extraction is not available on this server');
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

async function showDraft(c: Context<AppEnv>, deps: DraftRouteDeps, id: string, notice: { level: 'info' | 'error'; text: string } | null, status: 200 | 404 | 409 | 422) {
  const draft = await getDraft(deps.db, id);
  if (!draft) return c.text('no such draft', 404);
  const [mail, nextId, structuredRows] = await Promise.all([deps.originals?.readMail(draft.messageId).catch(() => null) ?? null, findNextPending(deps.db, id), readStructuredRows(deps.originals, draft)]);
  const page = <DraftView session={c.get('session')!} draft={draft} mail={mail} structuredRows={structuredRows} hasOriginals={deps.originals !== undefined} hasPageImages={deps.originals?.renderPage !== undefined} canReextract={deps.reextract !== undefined} nextId={nextId} notice={notice} />;
  return c.html(await renderDocument(page), status);
}

/** Runs a form post; a refused change shows the page again with the reason. */
async function act(c: Context<AppEnv>, deps: DraftRouteDeps, run: (id: string, body: Record<string, unknown>) => Promise<string>) {
  const id = c.req.param('id')!;
  try {
    return c.redirect(await run(id, await c.req.parseBody()), 303);
  } catch (err) {
    if (!(err instanceof DraftError)) throw err;
    return showDraft(c, deps, id, { level: 'error', text: err.message }, draftErrorStatus(err));
  }
}

async function nextUrl(db: Kysely<Database>, id: string, done: 'approved' | 'rejected'): Promise<string> {
  const next = await findNextPending(db, id);
  return next ? `/drafts/${next}?done=${done}` : `/queue?done=${done}`;
}

async function findMessage(db: Kysely<Database>, draftId: string): Promise<string | null> {
  const row = await db.selectFrom('drafts').select('message_id').where('id', '=', draftId).executeTakeFirst();
  return row?.message_id ?? null;
}
