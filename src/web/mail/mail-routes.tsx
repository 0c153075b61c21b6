import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { readRawMessage } from '../../store/get-draft.ts';
import { makeDraftsByHand, MAX_SPLIT } from '../../store/make-drafts-by-hand.ts';
import { listMailWithoutDrafts, type MailFilter, type MailRow } from '../../store/list-mail-without-drafts.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { Layout, renderDocument } from '../layout.tsx';

// "Mail without a draft": what the worker read as not an order, what failed, what is still in
// hand, newest first, each with the raw message to download. A purchase order the rules missed
// is found here instead of being lost: every row says why it has no draft, and a rep can make a
// draft of it, or split it into several orders, to type in beside the original.

const FILTERS: Array<[MailFilter, string]> = [
  ['no-draft', 'all without a draft'],
  ['not-order', 'not an order'],
  ['failed', 'failed'],
  ['in-progress', 'in progress'],
];
const PAGE_SIZE = 50;

/** Why the row has no draft: the worker's error, what the documents were read as, or its state. */
function reason(row: MailRow): string {
  if (row.lastError) return row.lastError;
  if (row.note) return row.note;
  if (row.status === 'claimed') return `being read by a worker${row.leaseUntil ? ` (until ${row.leaseUntil.slice(11, 19)} UTC at the latest)` : ''}`;
  if (row.outcome === 'not-order') return 'not an order: read before reasons were recorded; open the original to see';
  return row.status;
}

function state(row: MailRow): string {
  if (row.status === 'failed') return 'failed';
  if (row.status === 'claimed') return `in progress (try ${row.attempts})`;
  return row.outcome === 'not-order' ? 'not an order' : (row.outcome ?? row.status);
}

export function mailRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const filter = (FILTERS.find(([f]) => f === c.req.query('show'))?.[0] ?? 'no-draft') as MailFilter;
    const page = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1);
    const rows = await listMailWithoutDrafts(db, filter, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    const more = rows.length > PAGE_SIZE;
    const html = (
      <Layout title="Mail without a draft" session={c.get('session')} page="mail">
        <h1>Mail without a draft</h1>
        <p class="tabs">{FILTERS.map(([f, label]) => (f === filter ? <span class="current">{label}</span> : <a href={`/mail?show=${f}`}>{label}</a>))}</p>
        <table class="mail-list">
          <thead>
            <tr>
              <th>Received</th>
              <th>From</th>
              <th>Subject or file</th>
              <th>State</th>
              <th>Reason</th>
              <th>Original</th>
              <th>Make drafts</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, PAGE_SIZE).map((row) => (
              <tr data-id={row.id}>
                <td>{row.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{row.sender ?? '—'}</td>
                <td>{row.subject ?? row.fileName ?? '—'}</td>
                <td>{state(row)}</td>
                <td>{reason(row)}</td>
                <td>
                  <a href={`/mail/${row.id}/raw`} download>
                    download
                  </a>
                </td>
                <td>
                  {row.status === 'claimed' ? null : (
                    <>
                      <form method="post" action={`/mail/${row.id}/drafts`} class="inline make-draft">
                        <input type="hidden" name="_csrf" value={c.get('session')!.csrfToken} />
                        <input type="hidden" name="count" value="1" />
                        <button type="submit">Make a draft</button>
                      </form>{' '}
                      <form method="post" action={`/mail/${row.id}/drafts`} class="inline split">
                        <input type="hidden" name="_csrf" value={c.get('session')!.csrfToken} />
                        <label>
                          Split into <input name="count" type="number" min={2} max={MAX_SPLIT} value="2" aria-label="how many orders" /> orders
                        </label>{' '}
                        <button type="submit">Split</button>
                      </form>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p>Nothing here.</p> : null}
        <p class="pager">
          {page > 1 ? <a href={`/mail?show=${filter}&page=${page - 1}`}>previous</a> : null}
          {more ? <a href={`/mail?show=${filter}&page=${page + 1}`}>next</a> : null}
        </p>
      </Layout>
    );
    return c.html(await renderDocument(html));
  });
  // One draft (count 1) or several (split into orders), empty but for the sender; the rep
  // lands on the first.
  app.post('/:id{[0-9a-f-]{36}}/drafts', async (c) => {
    const count = Number((await c.req.parseBody()).count ?? 1);
    const ids = await makeDraftsByHand(db, c.req.param('id'), count, c.get('actor'));
    return c.redirect(`/drafts/${ids[0]}`, 303);
  });
  app.get('/:id{[0-9a-f-]{36}}/raw', async (c) => {
    const raw = await readRawMessage(db, c.req.param('id'));
    if (!raw) return c.text('not found', 404);
    const name = (raw.fileName ?? 'message.eml').replace(/[^\w.-]+/g, '_');
    // Served as a download, never rendered: it is the sender's content.
    return c.body(raw.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${name}"`,
      'x-content-type-options': 'nosniff',
    });
  });
  return app;
}
