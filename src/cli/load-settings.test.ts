import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PoInboxError } from '../domain/errors.ts';
import { loadSettings, parseSettings } from './load-settings.ts';

describe('parseSettings', () => {
  it('gives the defaults of cli.md when nothing is set', () => {
    expect(parseSettings({})).toMatchObject({
      DATABASE_URL: 'sqlite:./data/po-inbox.db',
      DATA_DIR: './data',
      INBOX_DIR: './inbox',
      IMAP_MAILBOX: 'INBOX',
      IMAP_PROCESSED_MAILBOX: 'Processed',
      IMAP_FAILED_MAILBOX: 'Failed',
      IMAP_POLL_SECONDS: 60,
      SELLER_NAME: [],
      HOST: '127.0.0.1',
      PORT: 8787,
      LOG_LEVEL: 'info',
    });
  });

  it('keeps the SQLite file in DATA_DIR unless DATABASE_URL is set', () => {
    expect(parseSettings({ DATA_DIR: '/var/po/' }).DATABASE_URL).toBe('sqlite:/var/po/po-inbox.db');
    expect(parseSettings({ DATA_DIR: '/var/po', DATABASE_URL: 'postgres://db/po' }).DATABASE_URL).toBe('postgres://db/po');
  });

  it('splits SELLER_NAME on ";" and reads numbers and flags', () => {
    const settings = parseSettings({ SELLER_NAME: ' Acme Supply ; Acme Supply GmbH;', PORT: '8080', IMAP_SECURE: 'false', IMAP_PORT: '993' });
    expect(settings.SELLER_NAME).toEqual(['Acme Supply', 'Acme Supply GmbH']);
    expect(settings).toMatchObject({ PORT: 8080, IMAP_SECURE: false, IMAP_PORT: 993 });
  });

  it('treats empty values as unset', () => {
    const settings = parseSettings({ PORT: '', IMAP_HOST: ' ' });
    expect(settings.PORT).toBe(8787);
    expect(settings.IMAP_HOST).toBeUndefined();
  });

  it.each([
    ['PORT', '0', 'bad setting PORT: expected a port number 1-65535'],
    ['PORT', 'eighty', 'bad setting PORT: expected a port number 1-65535'],
    ['IMAP_PORT', '70000', 'bad setting IMAP_PORT: expected a port number 1-65535'],
    ['LOG_LEVEL', 'verbose', 'bad setting LOG_LEVEL: expected debug, info, warn or error'],
    ['DATABASE_URL', 'mysql://x', 'bad setting DATABASE_URL: expected sqlite:PATH or postgres://...'],
    ['IMAP_POLL_SECONDS', '0', 'bad setting IMAP_POLL_SECONDS: expected a whole number of at least 1'],
    ['SMTP_URL', 'http://mail', 'bad setting SMTP_URL: expected smtp://user:pass@host:port'],
    ['URGENT_ALERT_TO', 'ops@x.example, nobody', 'bad setting URGENT_ALERT_TO: expected e-mail addresses separated by commas'],
    ['WEBHOOK_URL', 'ftp://erp.example/hook', 'bad setting WEBHOOK_URL: expected an http(s) URL'],
    ['WEBHOOK_URL', 'https://erp.example/hook', 'bad setting WEBHOOK_SECRET: required when WEBHOOK_URL is set'],
    ['WEBHOOK_SECRET', 'short', 'bad setting WEBHOOK_SECRET: expected a secret of at least 16 characters'],
    ['PUBLIC_URL', 'po.example', 'bad setting PUBLIC_URL: expected an http(s) URL'],
    ['LLM_MODE', 'sometimes', 'bad setting LLM_MODE: expected auto, always or off'],
    ['LLM_TIMEOUT_SECONDS', '0', 'bad setting LLM_TIMEOUT_SECONDS: expected a whole number of at least 1'],
    ['LLM_PRICE_INPUT_PER_1K', '$1', 'bad setting LLM_PRICE_INPUT_PER_1K: expected a price such as 0.0025'],
  ])('rejects %s=%s with one line naming it', (name, value, message) => {
    const attempt = () => parseSettings({ [name]: value });
    expect(attempt).toThrow(PoInboxError);
    expect(attempt).toThrow(message);
  });
});

describe('loadSettings', () => {
  it('reads .env from the folder; the environment wins', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'po-inbox-env-'));
    try {
      await writeFile(join(folder, '.env'), 'PORT=9000\nHOST=0.0.0.0\n');
      expect(loadSettings(folder, { HOST: '127.0.0.2' })).toMatchObject({ PORT: 9000, HOST: '127.0.0.2' });
      expect(loadSettings(join(folder, 'nowhere'), {}).PORT).toBe(8787);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
