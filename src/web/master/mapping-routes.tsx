import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { deleteXref, fetchXrefs, setXref, type StoredXref } from '../../store/customer-xrefs.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { Layout, renderDocument } from '../layout.tsx';

// Customers' part numbers to ours: imported and learned mappings, who taught them and when, and
// any conflicting proposal from a later approval, which only a rep's choice here resolves; a mapping
// learned wrong can be deleted.

const mappingForm = z.object({
  customerId: z.string().trim().min(1).max(100),
  customerSku: z.string().trim().min(1).max(100),
  sku: z.string().trim().min(1).max(100),
  unitFactor: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number)
    .refine((n) => n > 0),
});

const mappingKey = mappingForm.pick({ customerId: true, customerSku: true });

function Row(props: { x: StoredXref; csrf: string }) {
  const { x } = props;
  return (
    <tr class={x.proposedSku ? 'conflict' : undefined}>
      <td>{x.customerId}</td>
      <td>{x.customerSku}</td>
      <td>
        <form method="post" action="/mappings" class="inline">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <input type="hidden" name="customerId" value={x.customerId} />
          <input type="hidden" name="customerSku" value={x.customerSku} />
          <input name="sku" value={x.sku} size={14} aria-label="Our SKU" />
          <input name="unitFactor" value={String(x.unitFactor)} size={4} aria-label="Pack factor" />
          <button type="submit">Save</button>
        </form>
      </td>
      <td>
        {x.origin}
        {x.createdBy ? `, ${x.createdBy}` : ''}
        {x.createdAt ? `, ${x.createdAt.slice(0, 10)}` : ''}
      </td>
      <td>
        {x.proposedSku ? (
          <form method="post" action="/mappings" class="inline">
            <input type="hidden" name="_csrf" value={props.csrf} />
            <input type="hidden" name="customerId" value={x.customerId} />
            <input type="hidden" name="customerSku" value={x.customerSku} />
            <input type="hidden" name="sku" value={x.proposedSku} />
            <input type="hidden" name="unitFactor" value={String(x.unitFactor)} />
            conflict: {x.proposedBy ?? 'a rep'} approved {x.proposedSku} on {x.proposedAt?.slice(0, 10) ?? '?'} <button type="submit">Use {x.proposedSku}</button>
          </form>
        ) : (
          '—'
        )}
      </td>
      <td>
        <form method="post" action="/mappings/delete" class="inline">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <input type="hidden" name="customerId" value={x.customerId} />
          <input type="hidden" name="customerSku" value={x.customerSku} />
          <button type="submit" class="danger" aria-label={`Delete ${x.customerId} ${x.customerSku}`}>
            Delete
          </button>
        </form>
      </td>
    </tr>
  );
}

export function mappingRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const session = c.get('session');
    const xrefs = await fetchXrefs(db);
    const page = (
      <Layout title="Part numbers" session={session} page="admin">
        <h1>Customer part numbers</h1>
        <p>
          Learned when a rep approves a draft whose line maps a customer's part number to our SKU; imported with <code>po-inbox import xref FILE</code>.
        </p>
        <table>
          <thead>
            <tr>
              <th>Customer</th>
              <th>Their part number</th>
              <th>Our SKU, pack factor</th>
              <th>Origin</th>
              <th>Conflict</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {xrefs.map((x) => (
              <Row x={x} csrf={session?.csrfToken ?? ''} />
            ))}
          </tbody>
        </table>
      </Layout>
    );
    return c.html(await renderDocument(page));
  });
  app.post('/', async (c) => {
    const parsed = mappingForm.safeParse(await c.req.parseBody());
    if (!parsed.success) return c.text('expected a customer, a part number, our SKU and a pack factor above 0', 400);
    await setXref(db, parsed.data, c.get('actor'));
    return c.redirect('/mappings', 303);
  });
  app.post('/delete', async (c) => {
    const parsed = mappingKey.safeParse(await c.req.parseBody());
    if (!parsed.success) return c.text('expected a customer and a part number', 400);
    if (!(await deleteXref(db, parsed.data, c.get('actor')))) return c.text('no such mapping', 404);
    return c.redirect('/mappings', 303);
  });
  return app;
}
