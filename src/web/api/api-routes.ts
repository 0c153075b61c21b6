import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { addressSchema, draftOrderSchema } from '../../domain/draft-order.ts';
import { findApiToken } from '../../store/api-tokens.ts';
import { approveDraft, rejectDraft } from '../../store/decide-draft.ts';
import { DraftError } from '../../store/draft-error.ts';
import { editDraft, type DraftPatch } from '../../store/edit-draft.ts';
import { getDraft, type DraftDetail } from '../../store/get-draft.ts';
import { listDrafts } from '../../store/list-drafts.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import type { Originals } from '../originals.ts';
import { blockingProblems } from '../../domain/check-order.ts';
import { answerExport } from '../export/answer-export.ts';

// The HTTP API for scripts: bearer tokens only (never the session cookie, so a foreign page
// cannot act through it), JSON in the contract's shape, errors as { error, message }.

const listQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

// An address changes in the parts sent (`{ "shipTo": { "postalCode": "10115" } }`); null removes it.
const addressPatch = addressSchema.unwrap().partial().strict().nullable().optional();

const patchBody = z.object({
  version: z.number().int().min(1),
  order: draftOrderSchema
    .omit({ urgency: true, confidence: true, needsReview: true, reviewReasons: true, findings: true, readingConfidence: true })
    .partial()
    .extend({ buyer: draftOrderSchema.shape.buyer.partial().optional(), shipTo: addressPatch, billTo: addressPatch })
    .strict(),
});

const decideBody = z.object({ version: z.number().int().min(1).optional(), reason: z.string().max(500).optional() });

export function apiRoutes(db: Kysely<Database>, originals?: Originals): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const token = match ? await findApiToken(db, match[1]!) : null;
    if (!token) return c.json({ error: 'unauthorized', message: 'send Authorization: Bearer TOKEN (po-inbox tokens add NAME)' }, 401, { 'www-authenticate': 'Bearer' });
    c.set('actor', `token:${token.name}`);
    return next();
  });

  app.get('/drafts', async (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) return c.json({ error: 'bad-request', message: query.error.issues[0]?.message }, 400);
    return c.json(await listDrafts(db, query.data));
  });
  app.get('/drafts/:id', async (c) => {
    const draft = await getDraft(db, c.req.param('id'));
    return draft ? c.json(toApiDraft(draft)) : c.json({ error: 'not-found', message: 'no such draft' }, 404);
  });
  // The original bytes of document n of the draft's message (n as in the draft's documents, the
  // body being 0), with their media type: what an ERP integration attaches to the sales order.
  app.get('/drafts/:id/documents/:n{[0-9]+}', async (c) => {
    const row = await db.selectFrom('drafts').select('message_id').where('id', '=', c.req.param('id')).executeTakeFirst();
    if (!row) return c.json({ error: 'not-found', message: 'no such draft' }, 404);
    if (!originals) return c.json({ error: 'not-available', message: 'this server does not keep the originals' }, 404);
    const attachment = await originals.readAttachment(row.message_id, Number(c.req.param('n')));
    if (!attachment) return c.json({ error: 'not-found', message: `the draft's message has no stored document ${c.req.param('n')}` }, 404);
    const name = attachment.name.replace(/[^\w.\- ]+/g, '_').slice(0, 120) || 'document';
    return c.body(attachment.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': attachment.mediaType,
      // Never shown by a browser on our origin, whatever the type (an HTML or SVG attachment).
      'content-disposition': `attachment; filename="${name}"`,
      'content-security-policy': "sandbox; default-src 'none'",
      'x-content-type-options': 'nosniff',
    });
  });
  app.patch('/drafts/:id', (c) =>
    decide(c, db, async (id, body) => {
      const parsed = patchBody.safeParse(body);
      if (!parsed.success) throw new DraftError('invalid', `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      await editDraft(db, id, { version: parsed.data.version, patch: parsed.data.order as DraftPatch, actor: c.get('actor') });
    }),
  );
  app.post('/drafts/:id/approve', (c) =>
    decide(c, db, async (id, body) => {
      const parsed = decideBody.parse(body ?? {});
      await approveDraft(db, id, { actor: c.get('actor'), version: parsed.version ?? null, check: blockingProblems });
    }),
  );
  app.post('/drafts/:id/reject', (c) =>
    decide(c, db, async (id, body) => {
      const parsed = decideBody.parse(body ?? {});
      await rejectDraft(db, id, { actor: c.get('actor'), version: parsed.version ?? null, reason: parsed.reason ?? '' });
    }),
  );
  // Approved orders for an ERP: ?format=csv|json, and ?since=INSTANT or ?cursor=X for only the
  // new ones (the next cursor in X-Next-Cursor).
  app.get('/exports/approved', (c) => answerExport(c, db, c.req.query('format') === 'csv' ? 'csv' : 'json', { api: true }));
  return app;
}

function toApiDraft(draft: DraftDetail) {
  const { messageId: _m, orderIndex: _o, documents: _d, ...rest } = draft;
  return rest;
}

/** Runs a change; answers with the draft as it is now, or the refusal's reason. */
async function decide(c: Context<AppEnv>, db: Kysely<Database>, run: (id: string, body: unknown) => Promise<void>) {
  const id = c.req.param('id')!;
  let body: unknown = null;
  if (c.req.header('content-length') !== '0' && (c.req.header('content-type') ?? '').includes('json')) {
    body = await c.req.json().catch(() => undefined);
    if (body === undefined) return c.json({ error: 'bad-request', message: 'the body is not JSON' }, 400);
  }
  // A refusal (DraftError) or a body that fails its schema is answered by the app's onError.
  await run(id, body);
  const draft = await getDraft(db, id);
  return c.json(draft ? toApiDraft(draft) : null);
}
