import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, join } from 'node:path';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { freePort } from './free-port.ts';

// A real Dovecot (IMAP + LMTP) for integration tests: one private instance per startDovecot(),
// its config, sockets, logs and maildir in a short /tmp/dv-XXXXXX folder, on free loopback ports.
//
// The master runs in the foreground (`dovecot -F`) as a child of the test process, in a process
// group of its own, so every process of the instance (log, auth, imap, lmtp, ...) can be found and
// reaped by that group even after the master is gone.

const DOVECOT = '/usr/sbin/dovecot';
const DOVEADM = '/usr/bin/doveadm';
const HOST = '127.0.0.1' as const;

export interface ImapOptions {
  host: string;
  port: number;
  secure: false;
  auth: { user: string; pass: string };
}

export interface Dovecot {
  host: '127.0.0.1';
  imapPort: number;
  lmtpPort: number;
  user: string;
  password: string;
  /** The instance's temp folder (config, sockets, log, maildir). */
  dir: string;
  /** The config file; its path is in the master's command line (`pgrep -f confPath`). */
  confPath: string;
  /** Dovecot's own log (logins, deliveries, errors). */
  logPath: string;
  /** Options for `new ImapFlow({...imapOptions(), logger: false})`. */
  imapOptions(): ImapOptions;
  /** Delivers one message to the user's INBOX over LMTP; resolves on the server's 250. */
  deliverLmtp(raw: string | Buffer): Promise<void>;
  /** IMAP APPEND through a short-lived client (default INBOX). */
  append(raw: string | Buffer, mailbox?: string): Promise<void>;
  /** Stops the server and every process of it (connected clients are cut off at once), waits until the ports are closed; keeps the data. */
  stop(): Promise<void>;
  /** Starts again on the same ports with the same data; waits until it accepts. */
  start(): Promise<void>;
  deleteMailbox(name: string): Promise<void>;
  createMailbox(name: string): Promise<void>;
  /** UIDs currently in a mailbox, ascending. */
  listUids(mailbox: string): Promise<number[]>;
  countMessages(mailbox: string): Promise<number>;
  /** UIDVALIDITY as a decimal string (imapflow reports it as a bigint). */
  uidValidity(mailbox: string): Promise<string>;
  /** Stops the server and removes the temp folder. Safe to call more than once. */
  close(): Promise<void>;
}

export interface StartDovecotOptions {
  user?: string;
  password?: string;
}

/**
 * Installs Dovecot from Debian when /usr/sbin/dovecot is missing, then stops whatever system
 * instance the package install started, so it holds no ports (143/993/24).
 */
export function ensureDovecotInstalled(): void {
  if (existsSync(DOVECOT)) return;
  const install = spawnSync('bash', ['-c', 'apt-get update -qq && apt-get install -y -qq dovecot-imapd dovecot-lmtpd'], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 10 * 60_000,
  });
  if (install.status !== 0 || !existsSync(DOVECOT)) {
    const output = `${install.stdout ?? ''}${install.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(
      `Dovecot is not installed and "apt-get install dovecot-imapd dovecot-lmtpd" failed ` +
        `(exit ${install.status ?? install.signal ?? install.error?.message}; needs root and the Debian mirror):\n${output}`,
    );
  }
  stopSystemDovecot();
}

/** Stops a system-wide Dovecot (the package's default config), if the install started one. */
function stopSystemDovecot(): void {
  const quiet = { stdio: 'ignore' as const, timeout: 30_000 };
  spawnSync('service', ['dovecot', 'stop'], quiet);
  spawnSync(DOVEADM, ['stop'], quiet); // the default /etc/dovecot/dovecot.conf instance
  spawnSync('update-rc.d', ['dovecot', 'disable'], quiet);
}

export async function startDovecot(options: StartDovecotOptions = {}): Promise<Dovecot> {
  ensureDovecotInstalled();
  const user = options.user ?? 'intake';
  const password = options.password ?? 'intake-secret';
  if (!/^[a-z0-9._-]+(@[a-z0-9.-]+)?$/.test(user)) {
    throw new Error(`startDovecot: user "${user}" must be lowercase letters, digits, . _ - (optionally @domain)`);
  }
  if (password === '' || /[:\r\n]/.test(password)) {
    throw new Error('startDovecot: password must be non-empty and contain no ":" or line break');
  }

  const imapPort = await freePort();
  let lmtpPort = await freePort();
  while (lmtpPort === imapPort) lmtpPort = await freePort();

  const owner = mailOwner();
  // Short on purpose: base_dir holds unix sockets and sun_path is limited to 108 bytes.
  const dir = mkdtempSync('/tmp/dv-');
  let instance: Instance | undefined;
  try {
    const chmodTraversable = spawnSync('chmod', ['755', dir]);
    if (chmodTraversable.status !== 0) throw new Error(`chmod 755 ${dir} failed`);
    const localpart = user.split('@')[0];
    const home = join(dir, 'home');
    mkdirSync(join(home, localpart), { recursive: true });
    chownSync(home, owner.uid, owner.gid);
    chownSync(join(home, localpart), owner.uid, owner.gid);
    writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`, { mode: 0o644 });
    const confPath = join(dir, 'dovecot.conf');
    const token = `harness ${basename(dir)}`;
    writeFileSync(confPath, dovecotConf({ dir, imapPort, lmtpPort, owner, userHasDomain: user.includes('@'), token }));
    instance = new Instance({ dir, confPath, imapPort, lmtpPort, user, password, token });
    await instance.start();
    return instance;
  } catch (err) {
    if (instance) await instance.close().catch(() => {});
    else rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

interface Owner {
  uid: number;
  gid: number;
  user: string;
  group: string;
}

/** Who runs the mail processes: nobody/nogroup as root (Dovecot refuses uid 0 for mail), else ourselves. */
function mailOwner(): Owner {
  const passwd = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((l) => l.split(':'));
  const groups = readFileSync('/etc/group', 'utf8')
    .split('\n')
    .map((l) => l.split(':'));
  const uid = process.getuid?.() ?? 0;
  const entry = uid === 0 ? passwd.find((p) => p[0] === 'nobody') : passwd.find((p) => Number(p[2]) === uid);
  if (!entry) throw new Error(uid === 0 ? 'startDovecot: no user "nobody" in /etc/passwd' : `startDovecot: uid ${uid} not in /etc/passwd`);
  const gid = Number(entry[3]);
  const group = groups.find((g) => Number(g[2]) === gid)?.[0];
  if (!group) throw new Error(`startDovecot: gid ${gid} not in /etc/group`);
  return { uid: Number(entry[2]), gid, user: entry[0], group };
}

function dovecotConf(o: { dir: string; imapPort: number; lmtpPort: number; owner: Owner; userHasDomain: boolean; token: string }): string {
  const { dir, owner } = o;
  return `# Written by test/support/dovecot.ts for one test run.
protocols = imap lmtp
listen = ${HOST}
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
hostname = localhost
postmaster_address = postmaster@localhost
login_greeting = Dovecot ready (${o.token})
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${owner.user}
default_internal_group = ${owner.group}
default_login_user = ${owner.user}
first_valid_uid = ${Math.min(owner.uid, 500)}
mail_location = maildir:~/Maildir
mail_fsync = never
# IDLE: inotify wakes the session at once; this is only the fallback poll.
mailbox_idle_check_interval = 1 secs

namespace inbox {
  inbox = yes
  separator = /
  prefix =
}

passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/home/%n allow_all_users=yes
}

protocol imap {
  mail_max_userip_connections = 100
}
protocol lmtp {
  # RCPT TO:<user@localhost> delivers to the passwd-file user ${o.userHasDomain ? 'with' : 'without'} the domain.
  auth_username_format = ${o.userHasDomain ? '%Lu' : '%Ln'}
}

service imap-login {
  chroot =
  inet_listener imap {
    address = ${HOST}
    port = ${o.imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = ${HOST}
    port = ${o.lmtpPort}
  }
}
`;
}

// Live instances, killed outright if the test process exits without closing them.
const live = new Set<Instance>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const instance of live) instance.killNow();
  });
}

class Instance implements Dovecot {
  readonly host = HOST;
  readonly dir: string;
  readonly confPath: string;
  readonly logPath: string;
  readonly imapPort: number;
  readonly lmtpPort: number;
  readonly user: string;
  readonly password: string;
  private readonly token: string;
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private stderr = '';
  private closed = false;
  private closing: Promise<void> | null = null;

  constructor(o: { dir: string; confPath: string; imapPort: number; lmtpPort: number; user: string; password: string; token: string }) {
    this.dir = o.dir;
    this.confPath = o.confPath;
    this.logPath = join(o.dir, 'dovecot.log');
    this.imapPort = o.imapPort;
    this.lmtpPort = o.lmtpPort;
    this.user = o.user;
    this.password = o.password;
    this.token = o.token;
  }

  imapOptions(): ImapOptions {
    return { host: this.host, port: this.imapPort, secure: false, auth: { user: this.user, pass: this.password } };
  }

  async start(): Promise<void> {
    if (this.closed) throw new Error('Dovecot: start() after close()');
    if (this.child) return;
    installExitHook();
    this.stderr = '';
    // detached: the master leads a new process group that all its children join.
    const child = spawn(DOVECOT, ['-F', '-c', this.confPath], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    live.add(this);
    let exitedNow = false;
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', () => {
        exitedNow = true;
        resolve();
      });
      child.once('error', (err) => {
        this.stderr += `spawn failed: ${err.message}\n`;
        exitedNow = true;
        resolve();
      });
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (s: string) => {
      this.stderr += s;
    });
    child.unref();
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();

    const deadline = Date.now() + 15_000;
    for (;;) {
      if (exitedNow) {
        this.child = null;
        live.delete(this);
        await this.reapGroup(child.pid);
        throw new Error(`Dovecot exited during startup (${this.confPath}).\nstderr: ${this.stderr.trim()}\nlog:\n${this.logTail()}`);
      }
      const greeting = await readGreeting(this.imapPort, 1000);
      if (greeting?.includes(this.token) && (await readGreeting(this.lmtpPort, 1000))?.startsWith('220 ')) return;
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(
          `Dovecot did not accept IMAP on ${HOST}:${this.imapPort} within 15 s` +
            (greeting ? ` (something else answered: ${JSON.stringify(greeting)})` : '') +
            `.\nstderr: ${this.stderr.trim()}\nlog:\n${this.logTail()}`,
        );
      }
      await sleep(25);
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const pid = child.pid;
    // SIGTERM to the whole process group at once, as systemd's dovecot.service does
    // (KillMode=control-group): the master and every imap/lmtp session end within ~20 ms and
    // connected clients are cut off. `doveadm stop` signals only the master, which then takes
    // ~1.1 s to exit and leaves client sessions running a while longer; it is the fallback.
    if (pid) killGroup(pid, 'SIGTERM');
    else await run(DOVEADM, ['-c', this.confPath, 'stop']);
    if (!(await within(this.exited, 5000))) {
      if (pid) killGroup(pid, 'SIGKILL');
      else child.kill('SIGKILL');
      await this.exited;
    }
    this.child = null;
    live.delete(this);
    await this.reapGroup(pid);
    const deadline = Date.now() + 5000;
    while (!(await portClosed(this.imapPort)) || !(await portClosed(this.lmtpPort))) {
      if (Date.now() > deadline) throw new Error(`Dovecot stopped but ${HOST}:${this.imapPort} or :${this.lmtpPort} still accepts`);
      await sleep(25);
    }
  }

  /** Ends whatever of the instance outlived its master (a session that ignored SIGTERM). */
  private async reapGroup(pgid: number | undefined): Promise<void> {
    if (!pgid) return;
    if (groupPids(pgid).length === 0) return;
    killGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + 3000;
    while (groupPids(pgid).length > 0) {
      if (Date.now() > deadline) {
        killGroup(pgid, 'SIGKILL');
        await sleep(50);
        return;
      }
      await sleep(20);
    }
  }

  /** Synchronous last resort for process exit. */
  killNow(): void {
    if (this.child?.pid) killGroup(this.child.pid, 'SIGKILL');
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.stop();
      } finally {
        this.closed = true;
        rmSync(this.dir, { recursive: true, force: true });
      }
    })();
    return this.closing;
  }

  async deliverLmtp(raw: string | Buffer): Promise<void> {
    const rcpt = this.user.includes('@') ? this.user : `${this.user}@localhost`;
    const transport = nodemailer.createTransport({
      host: this.host,
      port: this.lmtpPort,
      lmtp: true,
      secure: false,
      ignoreTLS: true,
      name: 'localhost',
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    try {
      const info = await transport.sendMail({ envelope: { from: 'sender@localhost', to: [rcpt] }, raw });
      if (info.rejected.length > 0 || info.accepted.length === 0) {
        throw new Error(`LMTP delivery to ${rcpt} refused: ${info.response}`);
      }
    } finally {
      transport.close();
    }
  }

  async append(raw: string | Buffer, mailbox = 'INBOX'): Promise<void> {
    await this.withClient(async (client) => {
      const result = await client.append(mailbox, raw);
      if (!result) throw new Error(`IMAP APPEND to ${mailbox} failed`);
    });
  }

  async deleteMailbox(name: string): Promise<void> {
    await this.withClient((client) => client.mailboxDelete(name));
  }

  async createMailbox(name: string): Promise<void> {
    await this.withClient((client) => client.mailboxCreate(name));
  }

  async listUids(mailbox: string): Promise<number[]> {
    return this.withClient(async (client) => {
      const opened = await client.mailboxOpen(mailbox, { readOnly: true });
      if (opened.exists === 0) return [];
      const uids = await client.search({ all: true }, { uid: true });
      if (!Array.isArray(uids)) throw new Error(`UID SEARCH in ${mailbox} failed`);
      return [...uids].sort((a, b) => a - b);
    });
  }

  async countMessages(mailbox: string): Promise<number> {
    return this.withClient(async (client) => {
      const status = await client.status(mailbox, { messages: true });
      if (!status || status.messages === undefined) throw new Error(`STATUS ${mailbox} failed`);
      return status.messages;
    });
  }

  async uidValidity(mailbox: string): Promise<string> {
    return this.withClient(async (client) => {
      const status = await client.status(mailbox, { uidValidity: true });
      if (!status || status.uidValidity === undefined) throw new Error(`STATUS ${mailbox} failed`);
      return status.uidValidity.toString();
    });
  }

  private async withClient<T>(fn: (client: ImapFlow) => Promise<T>): Promise<T> {
    const client = new ImapFlow({ ...this.imapOptions(), logger: false, disableAutoIdle: true });
    client.on('error', () => {});
    try {
      await client.connect();
      return await fn(client);
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  private logTail(): string {
    try {
      return readFileSync(this.logPath, 'utf8').trim().split('\n').slice(-20).join('\n');
    } catch {
      return '(no log)';
    }
  }
}

/** First line the server sends, or null if nothing listens / nothing arrives in time. */
function readGreeting(port: number, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port });
    let data = '';
    const done = (value: string | null): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(value);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      data += chunk;
      const eol = data.indexOf('\n');
      if (eol >= 0) done(data.slice(0, eol).trim());
    });
    socket.on('error', () => done(null));
    socket.on('close', () => done(null));
  });
}

/** True when a connection to the port is refused. */
function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(false);
    }, 1000);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(err.code === 'ECONNREFUSED');
    });
  });
}

/** Pids of the live (non-zombie) processes in a process group, from /proc. */
function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') pids.push(Number(name));
  }
  return pids;
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // group already gone
  }
}

function run(file: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 10_000 }, (err, stdout, stderr) => resolve({ ok: !err, output: `${stdout}${stderr}` }));
  });
}

async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
