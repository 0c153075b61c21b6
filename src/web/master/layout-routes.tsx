import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { layoutLabel } from '../../domain/layout-label.ts';
import { deleteLayout, listLayouts, RETIRE_AFTER, type LayoutSummary } from '../../store/layouts.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { Layout, renderDocument } from '../layout.tsx';

// The layouts learned from approvals (issue 17), kept honest: who sent the PO it was learned
// from, that draft, how often it has read a draft since and how many fields reps corrected then,
// retired or active; and a button to delete one, for reps as for admins, like /mappings.

function Row(props: { l: LayoutSummary; csrf: string }) {
  const { l } = props;
  const who = [l.buyerCompany, l.customerId ? `customer ${l.customerId}` : null].filter(Boolean).join(', ');
  return (
    <tr data-layout={l.id} class={l.retired ? 'retired' : undefined}>
      <td>
        {l.sender ?? '—'}
        {who ? (
          <>
            <br />
            {who}
          </>
        ) : null}
      </td>
      <td>{layoutLabel(l)}</td>
      <td>
        <a href={`/drafts/${l.sourceDraftId}`}>PO {l.sourcePo ?? '(no number)'}</a>
      </td>
      <td>{l.timesUsed}</td>
      <td>{l.timesCorrected > 0 ? `${l.fieldsCorrected} on ${l.timesCorrected} ${l.timesCorrected === 1 ? 'approval' : 'approvals'}` : '0'}</td>
      <td>{l.retired ? `retired: ${l.retiredReason ?? 'corrected too often'}` : 'active'}</td>
      <td>
        <form method="post" action={`/layouts/${encodeURIComponent(l.id)}/delete`} class="inline">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <button type="submit" class="danger" aria-label={`Delete the ${layoutLabel(l)}`}>
            Delete
          </button>
        </form>
      </td>
    </tr>
  );
}

export function layoutRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const session = c.get('session');
    const layouts = await listLayouts(db);
    const page = (
      <Layout title="Layouts" session={session} page="admin">
        <h1>Learned layouts</h1>
        <p>
          Learned when a rep approves a draft (or with <code>po-inbox teach FILE CORRECTED.json</code>): the next PO printed the same way is read with it, and still reviewed. Every
          field a rep corrects of what a layout read is counted against it when the draft is approved; a layout corrected on {RETIRE_AFTER} approvals in a row is retired. A retired
          or deleted one is learned again from the next approval of that layout.
        </p>
        {layouts.length === 0 ? (
          <p>No layout learned yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Sender / customer</th>
                <th>Label</th>
                <th>First example</th>
                <th>Times used</th>
                <th>Fields corrected since</th>
                <th>State</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {layouts.map((l) => (
                <Row l={l} csrf={session?.csrfToken ?? ''} />
              ))}
            </tbody>
          </table>
        )}
      </Layout>
    );
    return c.html(await renderDocument(page));
  });
  app.post('/:id/delete', async (c) => {
    if (!(await deleteLayout(db, c.req.param('id'), c.get('actor')))) return c.text('no such layout', 404);
    return c.redirect('/layouts', 303);
  });
  return app;
}
