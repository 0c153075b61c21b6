// `npm run bench:body [-- --sizes 0.5,1,2,4 --shapes prose,table]`: how reading time grows with the
// size of a mail body. Bodies of several shapes (the hot path depends on the shape) are built at
// each size and read through the real path (extractInput on a composed .eml); prints seconds, s/MB
// and the exponent of the growth (the log-log slope between the smallest and the largest size),
// plus a subject of 30k encoded words. Asserts nothing: a benchmark, not a test.
import { parseArgs } from 'node:util';
import { muteConsole } from '../src/cli/mute-console.ts';
import { bodyShapes, encodedWordSubject, type BodyShape } from '../test/fixtures/make-long-bodies.ts';
import { composeEmail } from '../test/fixtures/make-po-email.ts';

type ExtractInput = typeof import('../src/pipeline/extract-input.ts').extractInput;

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0.5,1,2,4' }, shapes: { type: 'string' }, limit: { type: 'string', default: '120' } } });
  const sizes = values.sizes.split(',').map(Number);
  const limitS = Number(values.limit);
  const wanted = values.shapes?.split(',');
  const { extractInput } = await import('../src/pipeline/extract-input.ts');
  const shapes = bodyShapes().filter((s) => !wanted || wanted.includes(s.name));
  console.log(`bench:body  node ${process.version}  sizes ${sizes.join(', ')} MB  (a run over ${limitS} s stops its shape)`);
  let worst = 0;
  for (const shape of shapes) worst = Math.max(worst, await measureShape(extractInput, shape, sizes, limitS));
  const subject = await time(extractInput, withRawSubject(await composeEmail({ subject: 'placeholder', text: 'see subject' }), encodedWordSubject(30_000)));
  console.log(`subject of 30,000 encoded words: ${subject.toFixed(2)} s`);
  console.log(`worst exponent: ${worst.toFixed(2)} (goal <= 1.2); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

async function measureShape(extractInput: ExtractInput, shape: BodyShape, sizes: number[], limitS: number): Promise<number> {
  const points: [number, number][] = [];
  const cells: string[] = [];
  for (const size of sizes) {
    const bytes = await composeEmail({ subject: 'Order', ...shape.make(Math.round(size * MB)) });
    const seconds = await time(extractInput, bytes);
    points.push([size, seconds]);
    cells.push(`${size} MB ${seconds.toFixed(2)} s (${(seconds / size).toFixed(2)} s/MB)`);
    if (seconds > limitS) break;
  }
  const exponent = slope(points);
  console.log(`${shape.name.padEnd(12)} ${cells.join('  ')}  exponent ${exponent.toFixed(2)}`);
  return exponent;
}

async function time(extractInput: ExtractInput, bytes: Uint8Array): Promise<number> {
  const restore = muteConsole(false);
  const start = performance.now();
  try {
    await extractInput('body.eml', bytes);
  } catch {
    // A clean refusal is a result too; its time counts the same.
  } finally {
    restore();
  }
  return (performance.now() - start) / 1000;
}

/** The message with its Subject header replaced by a raw (already encoded) value. */
function withRawSubject(bytes: Uint8Array, subject: string): Uint8Array {
  return new Uint8Array(
    Buffer.from(
      Buffer.from(bytes)
        .toString('latin1')
        .replace(/^Subject: placeholder$/m, `Subject: ${subject}`),
      'latin1',
    ),
  );
}

/** Growth exponent: log(t2/t1) / log(s2/s1) between the first and the last point. */
function slope(points: [number, number][]): number {
  if (points.length < 2) return Number.NaN;
  const [s1, t1] = points[0];
  const [s2, t2] = points[points.length - 1];
  return Math.log(Math.max(t2, 1e-3) / Math.max(t1, 1e-3)) / Math.log(s2 / s1);
}

await main();
