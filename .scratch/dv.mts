import { ImapFlow } from 'imapflow';
import { startDovecot } from '../test/support/dovecot.ts';
const dv = await startDovecot();
try {
  await dv.createMailbox('Orders'); await dv.createMailbox('Processed');
  for (let i = 0; i < 3; i++) await dv.append(`Subject: m${i}\r\nMessage-ID: <m${i}@x>\r\n\r\nbody ${i}\r\n`, 'Orders');
  const a = new ImapFlow({ ...dv.imapOptions(), logger: false, disableAutoIdle: true });
  const b = new ImapFlow({ ...dv.imapOptions(), logger: false, disableAutoIdle: true });
  for (const c of [a, b]) { c.on('error', (e) => console.log('err', e.message)); c.on('close', () => console.log('close')); c.on('exists', (e)=>console.log('exists', e)); c.on('expunge', (e)=>console.log('expunge', e)); }
  await a.connect(); await b.connect();
  await a.mailboxOpen('Orders'); await b.mailboxOpen('Orders');
  console.log('move a 1', Boolean(await a.messageMove('1', 'Processed', { uid: true })));
  console.log('move b 1', await b.messageMove('1', 'Processed', { uid: true }));
  console.log('move b 99', await b.messageMove('99', 'Processed', { uid: true }));
  console.log('flags b 1', await b.messageFlagsAdd('1', ['$PoInboxDone'], { uid: true }));
  // idle on a, delete mailbox via another client
  const idling = a.idle().then((r) => console.log('idle ended', r)).catch((e) => console.log('idle err', e.message));
  await new Promise(r => setTimeout(r, 300));
  await dv.deleteMailbox('Orders');
  console.log('deleted');
  await new Promise(r => setTimeout(r, 2500));
  console.log('a usable', a.usable);
  try { console.log('noop', await a.noop()); } catch (e) { console.log('noop err', e.message); }
  try { console.log('fetch', await a.fetchAll('1:*', { uid: true })); } catch (e) { console.log('fetch err', e.message); }
  await dv.createMailbox('Orders');
  await dv.append(`Subject: n\r\n\r\nnew\r\n`, 'Orders');
  await new Promise(r => setTimeout(r, 1500));
  try { console.log('noop', await a.noop()); } catch (e) { console.log('noop err', e.message); }
  try { console.log('fetch', await a.fetchAll('1:*', { uid: true })); } catch (e) { console.log('fetch err', e.message); }
  try { console.log('search', await a.search({all:true},{uid:true})); } catch (e) { console.log('search err', e.message); }
  console.log('a.mailbox', a.mailbox && { path: a.mailbox.path, uidValidity: a.mailbox.uidValidity, exists: a.mailbox.exists });
} finally { await dv.close(); }
process.exit(0);
