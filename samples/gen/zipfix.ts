/**
 * exceljs (via JSZip) stamps every zip entry with the current time. Overwrite the DOS date/time of
 * each entry (local headers and central directory) with a fixed value so .xlsx bytes are reproducible.
 */
const DOS_TIME = (8 << 11) | (0 << 5); // 08:00:00
const DOS_DATE = ((2026 - 1980) << 9) | (3 << 5) | 16; // 2026-03-16

function findEndOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === 0x06054b50) return i;
  throw new Error('zip: no end of central directory');
}

export function fixZipTimestamps(input: Buffer): Buffer {
  const buf = Buffer.from(input);
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('zip: bad central directory entry');
    buf.writeUInt16LE(DOS_TIME, p + 12);
    buf.writeUInt16LE(DOS_DATE, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('zip: bad local header');
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
