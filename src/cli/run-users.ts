import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { coerceError, PoInboxError } from '../domain/errors.ts';
import { newToken } from '../store/hash-token.ts';
import { openStore } from '../store/open-store.ts';
import { clearLoginFailures } from '../store/login-failures.ts';
import { createUser, findUser, listUsers, removeUser, setUserPassword, setUserRole, UserExistsError, type Role } from '../store/users.ts';
import { checkNewPassword } from '../web/auth/check-new-password.ts';
import { hashPassword } from '../web/auth/hash-password.ts';
import type { Settings } from './load-settings.ts';
import type { CliOutput } from './run-extract.ts';

// `po-inbox users add|list|remove|reset-password|set-role`. A password comes from
// --password-stdin, --password-file FILE, PO_INBOX_PASSWORD, or a prompt on a terminal (empty:
// generate one). A generated password is printed only when stdout is a terminal, never into a
// pipe or a log file, and must be changed at the first sign-in; so must any password set by
// reset-password, since someone other than the user chose it.

export interface PasswordSource {
  passwordStdin: boolean;
  passwordFile?: string;
}

export interface UsersAddOptions extends PasswordSource {
  email: string;
  role: Role;
}

/** Where the command runs: whether stdout is a terminal (a generated password may be shown). */
export interface Terminal {
  stdoutIsTerminal: boolean;
  stdinIsTerminal: boolean;
}

const processTerminal = (): Terminal => ({ stdoutIsTerminal: process.stdout.isTTY === true, stdinIsTerminal: process.stdin.isTTY === true && process.stderr.isTTY === true });

export async function runUsersAdd(
  options: UsersAddOptions,
  settings: Settings,
  output: CliOutput,
  env: NodeJS.ProcessEnv = process.env,
  terminal: Terminal = processTerminal(),
): Promise<number> {
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(options.email)) throw new PoInboxError('bad-setting', `'${options.email}' is not an e-mail address`);
  const { password, generated } = await choosePassword(options, env, terminal);
  const store = await openStore(settings.DATABASE_URL);
  try {
    const user = await createUser(store.db, { email: options.email, role: options.role, passwordHash: await hashPassword(password), mustChangePassword: generated });
    output.stdout(`created ${user.role} ${user.email}\n`);
    if (generated) output.stdout(`password: ${password}\n(shown once; they choose their own when they first sign in)\n`);
    return 0;
  } catch (err) {
    if (err instanceof UserExistsError) throw new PoInboxError('bad-setting', err.message);
    throw err;
  } finally {
    await store.close();
  }
}

export async function runUsersList(settings: Settings, output: CliOutput): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    for (const user of await listUsers(store.db)) {
      output.stdout(`${user.email}\t${user.role}\tcreated ${user.createdAt.slice(0, 10)}${user.mustChangePassword ? '\tmust change password' : ''}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

export async function runUsersRemove(email: string, settings: Settings, output: CliOutput): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    const user = await requireUser(store.db, email);
    await removeUser(store.db, user.id);
    output.stdout(`removed ${user.email}; signed out everywhere\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function runUsersSetRole(email: string, role: Role, settings: Settings, output: CliOutput): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    const user = await requireUser(store.db, email);
    await setUserRole(store.db, user.id, role);
    output.stdout(`${user.email} is now ${role}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function runUsersResetPassword(
  email: string,
  source: PasswordSource,
  settings: Settings,
  output: CliOutput,
  env: NodeJS.ProcessEnv = process.env,
  terminal: Terminal = processTerminal(),
): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    const user = await requireUser(store.db, email);
    const { password, generated } = await choosePassword(source, env, terminal);
    await setUserPassword(store.db, user.id, await hashPassword(password), { mustChange: true });
    await clearLoginFailures(store.db, `email:${user.email}`);
    output.stdout(`reset the password of ${user.email}; signed out everywhere; they choose their own at the next sign-in\n`);
    if (generated) output.stdout(`password: ${password}\n(shown once)\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function requireUser(db: Parameters<typeof findUser>[0], email: string) {
  const user = await findUser(db, { email });
  if (!user) throw new PoInboxError('bad-setting', `there is no user ${email.trim().toLowerCase()}`);
  return user;
}

async function choosePassword(source: PasswordSource, env: NodeJS.ProcessEnv, terminal: Terminal): Promise<{ password: string; generated: boolean }> {
  const given = await givenPassword(source, env, terminal);
  if (given !== null) {
    const problem = checkNewPassword(given);
    if (problem) throw new PoInboxError('bad-setting', problem);
    return { password: given, generated: false };
  }
  if (!terminal.stdoutIsTerminal) {
    throw new PoInboxError('bad-setting', 'no password given, and a generated one is shown only on a terminal: use --password-stdin, --password-file FILE or PO_INBOX_PASSWORD');
  }
  return { password: newToken(18), generated: true };
}

/** The password the caller gave, or null for "generate one". */
async function givenPassword(source: PasswordSource, env: NodeJS.ProcessEnv, terminal: Terminal): Promise<string | null> {
  if (source.passwordStdin) return (await readAll(process.stdin)).replace(/\r?\n$/, '');
  if (source.passwordFile !== undefined) {
    const text = await readFile(source.passwordFile, 'utf8').catch((err: unknown) => {
      throw new PoInboxError('bad-setting', `--password-file ${source.passwordFile}: ${coerceError(err).message}`);
    });
    return text.replace(/\r?\n$/, '');
  }
  if (env.PO_INBOX_PASSWORD) return env.PO_INBOX_PASSWORD;
  if (terminal.stdinIsTerminal) {
    const typed = await promptHidden('Password (empty: generate one): ');
    return typed === '' ? null : typed;
  }
  return null;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const writer = rl as unknown as { _writeToOutput: (text: string) => void };
    writer._writeToOutput = (text: string) => {
      if (text.includes(question)) process.stderr.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
