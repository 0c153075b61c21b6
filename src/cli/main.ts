import { parseArgs } from 'node:util';
import { coerceError, PoInboxError } from '../domain/errors.ts';
import { loadSettings } from './load-settings.ts';
import { runExtract, type CliOutput } from './run-extract.ts';

// Composition root of the `po-inbox` bin: parses the command line, reads settings once, dispatches.

const USAGE = `Usage: po-inbox COMMAND [options]

Commands:
  extract FILE... [--json] [--store]
                             read each file (.eml, .pdf, .tif, .png, .jpg, .txt, .csv, .xlsx)
                             and print what was extracted; stores nothing (--store: read with
                             what the store has learned: layouts, cross-references, master data)
  teach FILE CORRECTED.json [--as EMAIL]
                             record CORRECTED.json as the approved correction of FILE's draft in
                             the store and learn from it (its layout); prints what was learned
  run                        the worker, the store and the review UI in one process
  worker                     the worker alone (mailbox or drop folder -> drafts in the store)
  serve                      the review UI and HTTP API alone
  drafts [--status S] [--json]  list drafts in the store, urgent first (S: pending, approved, rejected)
  users add EMAIL --role R   create a review UI user (R: reviewer, admin); the password comes
                             from --password-stdin, --password-file FILE, PO_INBOX_PASSWORD, or a
                             prompt; a generated one is shown only on a terminal and must be
                             changed at the first sign-in
  users list                 the users, their roles, who must change their password
  users remove EMAIL         remove a user and end their sessions
  users reset-password EMAIL set a new password (as for add); to be changed at the next sign-in
  users set-role EMAIL --role R
                             make a user a reviewer or an admin
  tokens add NAME            create an API token for scripts and print it once
  tokens list                the tokens: name, created, last used, active or revoked
  tokens revoke NAME         revoke the token NAME; it answers 401 from the next request on
  import KIND FILE           import master data into the store (KIND: catalog, customers, xref);
                             idempotent, prints rows added / changed / rejected and why

Options:
  --json       extract: one JSON object (one FILE) or JSON Lines (several FILEs)
  -h, --help   show this help

Exit codes: 0 all inputs handled, 1 some input could not be read, 2 bad usage or settings.
Settings come from the environment and a .env file in the working folder (see README).
`;

const SERVICE_COMMANDS = new Set(['run', 'worker', 'serve']);
const STATUSES = ['pending', 'approved', 'rejected'] as const;

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  status: { type: 'string' },
  role: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  'password-file': { type: 'string' },
  store: { type: 'boolean' },
  as: { type: 'string' },
} as const;

class UsageError extends Error {}

/** Runs one command line and returns its exit code. */
export async function main(argv: string[], output: CliOutput): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(argv);
    const [command, ...rest] = positionals;
    if (values.help || command === 'help' || command === undefined) {
      if (command === undefined && !values.help) throw new UsageError('missing COMMAND');
      output.stdout(USAGE);
      return 0;
    }
    if (SERVICE_COMMANDS.has(command)) {
      if (rest.length > 0) throw new UsageError(`${command} takes no arguments`);
      const { runService } = await import('./run-service.ts');
      return await runService(command as 'run' | 'worker' | 'serve', loadSettings());
    }
    if (command === 'drafts') {
      if (rest.length > 0) throw new UsageError('drafts takes no arguments');
      const status = values.status;
      if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
      const { runDrafts } = await import('./run-drafts.ts');
      return await runDrafts({ status: status as (typeof STATUSES)[number] | undefined, json: values.json === true }, loadSettings(), output);
    }
    if (command === 'users' || command === 'tokens') return await runAccounts(command, rest, values, output);
    if (command === 'import') {
      const [kind, file, ...extra] = rest;
      if (!['catalog', 'customers', 'xref'].includes(kind ?? '') || !file || extra.length > 0) throw new UsageError('usage: import catalog|customers|xref FILE');
      const { runImport } = await import('./run-import.ts');
      return await runImport(kind as 'catalog' | 'customers' | 'xref', file, loadSettings(), output);
    }
    if (command === 'teach') {
      const [file, corrected, ...extra] = rest;
      if (!file || !corrected || extra.length > 0) throw new UsageError('usage: teach FILE CORRECTED.json [--as EMAIL]');
      const { runTeach } = await import('./run-teach.ts');
      return await runTeach({ file, corrected, actor: values.as?.trim() || 'po-inbox teach' }, loadSettings(), output);
    }
    if (command !== 'extract') throw new UsageError(`unknown command '${command}'`);
    if (rest.length === 0) throw new UsageError('extract needs at least one FILE');
    const settings = loadSettings();
    return await runExtract({ files: rest, json: values.json === true, store: values.store === true }, settings, output);
  } catch (err) {
    return reportFailure(err, output);
  }
}

const USERS_USAGE = 'usage: users add EMAIL --role reviewer|admin | users list | users remove EMAIL | users reset-password EMAIL | users set-role EMAIL --role reviewer|admin';
const TOKENS_USAGE = 'usage: tokens add NAME | tokens list | tokens revoke NAME';

/** `users add|list|remove|reset-password|set-role` and `tokens add|list|revoke`. */
async function runAccounts(
  command: 'users' | 'tokens',
  rest: string[],
  values: { role?: string; 'password-stdin'?: boolean; 'password-file'?: string },
  output: CliOutput,
): Promise<number> {
  const [verb, name, ...extra] = rest;
  const wantsName = verb !== 'list';
  if (extra.length > 0 || (wantsName ? !name : name !== undefined)) throw new UsageError(command === 'users' ? USERS_USAGE : TOKENS_USAGE);
  if (command === 'tokens') {
    const tokens = await import('./run-tokens.ts');
    if (verb === 'add') return tokens.runTokensAdd(name!, loadSettings(), output);
    if (verb === 'list') return tokens.runTokensList(loadSettings(), output);
    if (verb === 'revoke') return tokens.runTokensRevoke(name!, loadSettings(), output);
    throw new UsageError(TOKENS_USAGE);
  }
  const users = await import('./run-users.ts');
  if (values['password-stdin'] && values['password-file'] !== undefined) throw new UsageError('give --password-stdin or --password-file, not both');
  const source = { passwordStdin: values['password-stdin'] === true, passwordFile: values['password-file'] };
  const role = () => {
    if (values.role !== 'reviewer' && values.role !== 'admin') throw new UsageError('--role must be reviewer or admin');
    return values.role;
  };
  if (verb === 'add') return users.runUsersAdd({ email: name!, role: role(), ...source }, loadSettings(), output);
  if (verb === 'list') return users.runUsersList(loadSettings(), output);
  if (verb === 'remove') return users.runUsersRemove(name!, loadSettings(), output);
  if (verb === 'reset-password') return users.runUsersResetPassword(name!, source, loadSettings(), output);
  if (verb === 'set-role') return users.runUsersSetRole(name!, role(), loadSettings(), output);
  throw new UsageError(USERS_USAGE);
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('. ')[0] ?? 'bad arguments');
  }
}

function reportFailure(err: unknown, output: CliOutput): number {
  if (err instanceof UsageError) {
    output.stderr(`po-inbox: ${err.message} (po-inbox --help for usage)\n`);
    return 2;
  }
  const error = coerceError(err);
  output.stderr(`po-inbox: ${error.message.replace(/\s+/g, ' ').trim()}\n`);
  return error instanceof PoInboxError && error.code === 'bad-setting' ? 2 : 1;
}

const processOutput: CliOutput = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Entry of bin/po-inbox.mjs: runs, flushes stdout, exits with the command's code. */
export async function runCli(argv: string[]): Promise<never> {
  keepDiagnosticsOffStdout();
  const code = await main(argv, processOutput);
  // Libraries may leave workers or timers behind; exit once stdout has drained.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}

/** Node's own warnings and stray crashes in library callbacks still end as one stderr line. */
function keepDiagnosticsOffStdout(): void {
  process.removeAllListeners('warning');
  const fail = (err: unknown) => {
    process.stderr.write(`po-inbox: ${coerceError(err).message.replace(/\s+/g, ' ').trim()}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
