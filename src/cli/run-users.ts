import { createInterface } from 'node:readline';
import { PoInboxError } from '../domain/errors.ts';
import { newToken } from '../store/hash-token.ts';
import { openStore } from '../store/open-store.ts';
import { createUser, UserExistsError, type Role } from '../store/users.ts';
import { hashPassword } from '../web/auth/hash-password.ts';
import type { Settings } from './load-settings.ts';
import type { CliOutput } from './run-extract.ts';

// `po-inbox users add EMAIL --role reviewer|admin`: the password comes from --password-stdin,
// else PO_INBOX_PASSWORD, else a prompt on a terminal; with none of these one is generated and
// printed once.

export interface UsersAddOptions {
  email: string;
  role: Role;
  passwordStdin: boolean;
}

const MIN_PASSWORD = 12;

export async function runUsersAdd(options: UsersAddOptions, settings: Settings, output: CliOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(options.email)) throw new PoInboxError('bad-setting', `'${options.email}' is not an e-mail address`);
  const { password, generated } = await choosePassword(options.passwordStdin, env);
  if (password.length < MIN_PASSWORD) throw new PoInboxError('bad-setting', `the password needs at least ${MIN_PASSWORD} characters`);
  const store = await openStore(settings.DATABASE_URL);
  try {
    const user = await createUser(store.db, { email: options.email, role: options.role, passwordHash: await hashPassword(password) });
    output.stdout(`created ${user.role} ${user.email}\n`);
    if (generated) output.stdout(`password: ${password}\n(shown once; give it to the user and ask them to keep it safe)\n`);
    return 0;
  } catch (err) {
    if (err instanceof UserExistsError) throw new PoInboxError('bad-setting', err.message);
    throw err;
  } finally {
    await store.close();
  }
}

async function choosePassword(fromStdin: boolean, env: NodeJS.ProcessEnv): Promise<{ password: string; generated: boolean }> {
  if (fromStdin) return { password: (await readAll(process.stdin)).replace(/\r?\n$/, ''), generated: false };
  if (env.PO_INBOX_PASSWORD) return { password: env.PO_INBOX_PASSWORD, generated: false };
  if (process.stdin.isTTY && process.stderr.isTTY) return { password: await promptHidden('Password: '), generated: false };
  return { password: newToken(18), generated: true };
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
