import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/domain/errors.ts';
import type { ExtractionResult } from '../src/domain/draft-order.ts';
import { closeOcr } from '../src/documents/read-input.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { type GenuinePo, HOSTILE_FILES, HOSTILE_MAILS, mailWithAttachment } from './fixtures/make-hostile-inputs.ts';
import { LINES_FOR_GENUINE } from './fixtures/genuine-mail.ts';
import { po } from './fixtures/make-forged-mail.ts';
import { makePoPdf } from './fixtures/make-po-pdf.ts';

// The standing hostile suite (issue 14): every generated input through extractInput, the path of
// `po-inbox extract`, with the default reading sandbox (768 MB, 30 s). Each one ends in a result
// or in one InputError of one line; inside a mail beside a genuine PO, the PO is still read.
// Nothing else may be thrown. The test timeout is the only clock.

type Outcome = { result: ExtractionResult; error?: never } | { error: unknown; result?: never };

const run = (file: string, bytes: Uint8Array): Promise<Outcome> =>
  extractInput(file, bytes).then((result) => ({ result }), (error: unknown) => ({ error }));

/** The line `po-inbox extract` prints for a failed file (run-extract.ts). */
const cliLine = (file: string, err: InputError) => `po-inbox: ${file}: ${err.message}`;

function expectOneLineError(file: string, error: unknown): InputError {
  expect(error, String((error as Error)?.stack ?? error)).toBeInstanceOf(InputError);
  const err = error as InputError;
  expect(err.message.length).toBeGreaterThan(0);
  expect(err.message).not.toMatch(/[\r\n]/);
  expect(cliLine(file, err)).toMatch(new RegExp(`^po-inbox: ${file.replace(/\./g, '\\.')}: \\S`));
  return err;
}

/** A result is whole: JSON-clean, every review reason one line. */
function expectSoundResult(result: ExtractionResult): void {
  expect(() => JSON.stringify(result)).not.toThrow();
  for (const order of result.orders) for (const reason of order.reviewReasons) expect(reason).not.toMatch(/[\r\n]/);
}

let genuine: GenuinePo;

beforeAll(async () => {
  genuine = { poNumber: 'PO-7001', pdf: await makePoPdf(po('PO-7001', LINES_FOR_GENUINE)) };
});

afterAll(() => closeOcr());

describe('hostile files, alone', () => {
  for (const input of HOSTILE_FILES) {
    it(`${input.file}: a result or one InputError line`, async () => {
      const outcome = await run(input.file, await input.make());
      if (outcome.error !== undefined) expectOneLineError(input.file, outcome.error);
      else expectSoundResult(outcome.result!);
    }, 90_000);
  }

  it('a PDF labelled .png and a PNG labelled .pdf are read as what they are', async () => {
    const pdf = await run('pdf-labelled-png.png', await HOSTILE_FILES.find((f) => f.file === 'pdf-labelled-png.png')!.make());
    expect(pdf.result?.source.documents[0]).toMatchObject({ mediaType: 'application/pdf' });
    const png = await run('png-labelled-pdf.pdf', await HOSTILE_FILES.find((f) => f.file === 'png-labelled-pdf.pdf')!.make());
    expect(png.result?.source.documents[0]).toMatchObject({ mediaType: 'image/png' });
  });

  it('formula cells in a CSV order are read as text, never evaluated', async () => {
    const { result } = await run('formulas.csv', await HOSTILE_FILES.find((f) => f.file === 'formulas.csv')!.make());
    expect(result?.source.documents[0]).toMatchObject({ mediaType: 'text/csv', method: 'spreadsheet' });
  });
});

describe('hostile attachments, beside a genuine PO', () => {
  for (const input of HOSTILE_FILES) {
    it(`${input.file} (as ${input.contentType}): the PO is still read`, async () => {
      const bytes = mailWithAttachment(genuine, input.file, await input.make(), input.contentType);
      const { result, error } = await run('hostile.eml', bytes);
      expect(error, String((error as Error)?.stack ?? error)).toBeUndefined();
      expectSoundResult(result!);
      expect(result!.orders.map((o) => o.poNumber)).toContain('PO-7001');
      expect(result!.source.documents.map((d) => d.name)).toContain(`${genuine.poNumber}.pdf`);
    }, 90_000);
  }
});

describe('hostile mails around a genuine PO', () => {
  for (const input of HOSTILE_MAILS) {
    const expectation = input.refused ? `refused in one line (${input.refused.source})` : 'the PO is still read';
    it(`${input.file}: ${expectation}`, async () => {
      const outcome = await run(input.file, await input.make(genuine));
      if (input.refused) {
        expect(expectOneLineError(input.file, outcome.error).message).toMatch(input.refused);
        return;
      }
      expect(outcome.error, String((outcome.error as Error)?.stack ?? outcome.error)).toBeUndefined();
      expectSoundResult(outcome.result!);
      expect(outcome.result!.orders.map((o) => o.poNumber)).toContain('PO-7001');
    }, 90_000);
  }
});
