import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { startServer, type Server } from '../src/main/start-server.ts';
import { saveCustomers } from '../src/store/master-data.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { REPO_ROOT_SAMPLES } from './fixtures/shared-folder.ts';

// POST /api/cxml over real HTTP into a real SQLite store: the buying platform's SharedSecret is
// checked against the customer master, the order becomes a draft once however often it is
// posted, and every answer is a well-formed cXML Response whose Status code is the HTTP status.

const SAMPLES = join(REPO_ROOT_SAMPLES, 'structured');
let dir: string;
let store: Store;
let server: Server;
let order: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-cxml-'));
  const settings = parseSettings({ DATABASE_URL: `sqlite:${join(dir, 'po.db')}` });
  store = await openStore(settings.DATABASE_URL);
  await saveCustomers(store.db, [
    {
      customerId: 'HVH',
      name: 'Harborview Health Systems',
      emailDomains: [],
      emails: [],
      phone: null,
      fax: null,
      shipTo: { street: null, city: null, region: null, postalCode: null, country: null },
      priceList: null,
      autoApprove: false,
      partyIds: ['ariba:an01000123456'],
      cxmlSharedSecret: 'harbor-s3cret',
    },
  ]);
  server = await startServer(store, '127.0.0.1', 0, silentLogger, settings);
  order = await readFile(join(SAMPLES, 'cxml-order-request.xml'), 'utf8');
});

afterAll(async () => {
  await server?.stop();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function post(body: string): Promise<{ http: number; code: string; text: string; message: string; type: string | null }> {
  const res = await fetch(`${server.url}/api/cxml`, { method: 'POST', body, headers: { 'content-type': 'text/xml' } });
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
    cXML: { Response: { Status: { '@code': string; '@text': string; '#text'?: string } } };
  };
  const status = parsed.cXML.Response.Status;
  return { http: res.status, code: status['@code'], text: status['@text'], message: status['#text'] ?? '', type: res.headers.get('content-type') };
}

const drafts = () => store.db.selectFrom('drafts').select(['po_number', 'order_json']).execute();

describe('POST /api/cxml', () => {
  it('takes an OrderRequest from a known sender with its SharedSecret: 200, one draft', async () => {
    const answer = await post(order);
    expect(answer).toMatchObject({ http: 200, code: '200', text: 'OK', message: 'order HVH-PO-208811 received' });
    expect(answer.type).toMatch(/^text\/xml/);
    const rows = await drafts();
    expect(rows.map((r) => r.po_number)).toEqual(['HVH-PO-208811']);
    const draft = JSON.parse(rows[0].order_json) as { buyer: { customerId: string | null }; lines: unknown[]; total: number };
    expect(draft.buyer.customerId).toBe('HVH');
    expect(draft.lines).toHaveLength(3);
    expect(draft.total).toBe(1231.71);
    expect(rows[0].order_json).not.toContain('harbor-s3cret');
  });

  it('answers a retry of the same payload 200 without a second draft', async () => {
    expect(await post(order)).toMatchObject({ http: 200, code: '200', message: 'order HVH-PO-208811 was received before' });
    expect(await drafts()).toHaveLength(1);
  });

  it('refuses a wrong SharedSecret and an unknown sender with 401, storing nothing', async () => {
    expect(await post(order.replace('harbor-s3cret', 'guess'))).toMatchObject({ http: 401, code: '401', message: 'SharedSecret does not match the customer master' });
    const stranger = order.replaceAll('AN01000123456', 'AN09999999999').replace('HVH-PO-208811', 'HVH-PO-1');
    expect(await post(stranger)).toMatchObject({ http: 401, code: '401', message: 'sender ariba:AN09999999999 is not in the customer master' });
    expect(await drafts()).toHaveLength(1);
  });

  it('answers a punch-out cart 406 and hostile or broken XML 400, each in one line', async () => {
    const cart = (await readFile(join(SAMPLES, 'cxml-punchout-cart.xml'), 'utf8')).replace(
      '<Credential domain="DUNS"><Identity>987654321</Identity></Credential><UserAgent>',
      '<Credential domain="NetworkID"><Identity>AN01000123456</Identity><SharedSecret>harbor-s3cret</SharedSecret></Credential><UserAgent>',
    );
    expect(await post(cart)).toMatchObject({ http: 406, code: '406', message: expect.stringMatching(/punch-out cart/) });
    const xxe = await post(await readFile(join(SAMPLES, 'broken-xml-xxe.xml'), 'utf8'));
    expect(xxe).toMatchObject({ http: 400, code: '400', message: 'XML declares entities (<!ENTITY>): refused, entities are never expanded or fetched' });
    expect(await post('<cXML><Request>')).toMatchObject({ http: 400, code: '400' });
    expect(await post('just text')).toMatchObject({ http: 400, message: 'not a cXML document' });
    expect(await drafts()).toHaveLength(1);
  });
});
