#!/usr/bin/env node
// `npm run edge:dev`: the review desk as a Worker on this machine (`wrangler dev --local`), over
// the PostgreSQL in DATABASE_URL as Hyperdrive's local connection, on HOST:PORT (default
// 127.0.0.1:8787). Offline: no metrics, no Cloudflare request-metadata fetch, no update check.
// wrangler leaves its workerd children behind when only wrangler is killed, so it runs in a
// process group of its own and SIGINT/SIGTERM go to the whole group.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const databaseUrl = process.env.DATABASE_URL ?? '';
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error('edge:dev: bad setting DATABASE_URL: set it to the postgres://... database `po-inbox serve` or `po-inbox run` migrated');
  process.exit(2);
}
// Miniflare refuses a Hyperdrive connection string without a password. A server that trusts this
// client (the default test setup) ignores the password, so PGPASSWORD or a placeholder stands in.
const localConnection = new URL(databaseUrl);
if (!localConnection.password) {
  localConnection.password = process.env.PGPASSWORD || 'unused';
  console.error(`edge:dev: DATABASE_URL has no password; using ${process.env.PGPASSWORD ? 'PGPASSWORD' : 'a placeholder (the server must trust this client)'}`);
}
const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '8787';
if (!/^\d+$/.test(port)) {
  console.error(`edge:dev: bad setting PORT: ${port} is not a port number`);
  process.exit(2);
}
// The devtools inspector listens too (default 9229); INSPECTOR_PORT moves it, e.g. for parallel runs.
const inspector = process.env.INSPECTOR_PORT ? ['--inspector-port', process.env.INSPECTOR_PORT] : [];

const child = spawn(
  process.execPath,
  [fileURLToPath(import.meta.resolve('wrangler/bin/wrangler.js')), 'dev', '--local', '--ip', host, '--port', port, '--show-interactive-dev-session=false', ...inspector],
  {
    cwd: root,
    detached: true,
    stdio: 'inherit',
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      // The banner asks the npm registry for a newer wrangler; without it nothing goes out.
      WRANGLER_HIDE_BANNER: process.env.WRANGLER_HIDE_BANNER ?? 'true',
      CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: localConnection.toString(),
    },
  },
);

let stopping = false;
const stopGroup = (signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return stopGroup('SIGKILL');
    stopping = true;
    stopGroup(signal);
    // workerd normally exits with wrangler; whatever is left after 5 s is killed.
    setTimeout(() => stopGroup('SIGKILL'), 5000).unref();
  });
}
// `npm run` may end on SIGTERM without passing it on, leaving this script orphaned: a changed
// parent means whoever started us is gone, so the Worker goes too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && !stopping) process.emit('SIGTERM', 'SIGTERM');
}, 500).unref();
child.on('error', (err) => {
  console.error(`edge:dev: cannot start wrangler: ${err.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  // wrangler gone: take any workerd it left in the group with it.
  stopGroup('SIGKILL');
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
