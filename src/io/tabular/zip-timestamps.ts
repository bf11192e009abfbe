// exceljs zips the workbook with JSZip, which stamps every entry with the current time and offers
// no option to set it; so the same export made twice gives different bytes. Rewriting the DOS
// time and date fields of each entry (they sit outside the CRC-checked data) makes the bytes a
// function of the input, which keeps exports comparable, cacheable and testable.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * A copy of the zip with every entry dated `when` (UTC, to 2 seconds, clamped to 1980–2107 as the
 * DOS format allows). A zip it does not understand comes back unchanged rather than damaged.
 *
 * @example
 * const stable = setZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer()), created);
 */
export function setZipTimestamps(zip: Buffer, when: Date): Buffer {
  const end = findEndRecord(zip);
  if (end === undefined) return zip;
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(when);
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > out.length || out.readUInt32LE(at) !== CENTRAL_HEADER) return zip;
    const local = out.readUInt32LE(at + 42);
    if (local + 30 > out.length || out.readUInt32LE(local) !== LOCAL_HEADER) return zip;
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(date, at + 14);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

function findEndRecord(zip: Buffer): number | undefined {
  const lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = zip.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return undefined;
}

function dosDateTime(when: Date): { time: number; date: number } {
  const year = when.getUTCFullYear();
  if (Number.isNaN(year) || year < 1980) return { time: 0, date: (1 << 5) | 1 };
  if (year > 2107) return { time: (23 << 11) | (59 << 5) | 29, date: (127 << 9) | (12 << 5) | 31 };
  return {
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
  };
}
