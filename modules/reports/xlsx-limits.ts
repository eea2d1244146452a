/**
 * What a workbook would unpack to, read from its zip directory alone: a few kilobytes can hold a
 * sheet of a million rows, so the sizes are checked before anything is decompressed.
 */
export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
}

export const WORKBOOK_LIMITS = {
  /** 50,000 template rows unpack to about 20 MB of sheet XML. */
  maxUnpackedBytes: 48 * 1024 * 1024,
  maxEntries: 500,
  maxRatio: 200,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The entries of a zip's central directory, or null when the buffer is no zip (or a ZIP64 one). */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return null;
    const compressed = buf.readUInt32LE(at + 20);
    const uncompressed = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return null;
    entries.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLength), compressed, uncompressed });
    at += 46 + skip;
  }
  return entries;
}

/** Why a workbook is refused before unpacking, or null when its sizes are reasonable. */
export function unpackProblem(entries: ZipEntry[], limits = WORKBOOK_LIMITS): string | null {
  if (entries.length > limits.maxEntries) return `tệp có ${entries.length} thành phần (tối đa ${limits.maxEntries})`;
  const total = entries.reduce((n, e) => n + e.uncompressed, 0);
  if (total > limits.maxUnpackedBytes) return `tệp giải nén ra ${Math.round(total / 1024 / 1024)} MB (tối đa ${limits.maxUnpackedBytes / 1024 / 1024} MB)`;
  const bomb = entries.find((e) => e.uncompressed > 1024 * 1024 && e.uncompressed / Math.max(e.compressed, 1) > limits.maxRatio);
  if (bomb) return `thành phần ${bomb.name} nén bất thường (${Math.round(bomb.uncompressed / Math.max(bomb.compressed, 1))} lần)`;
  return null;
}
