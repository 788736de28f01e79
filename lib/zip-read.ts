import { Inflate } from "fflate";

/**
 * Reading one entry of an uploaded zip (an XLSX) without trusting it: the central directory's
 * declared sizes are checked against a budget before anything is inflated, and the inflated bytes
 * are counted as they come, in small pieces handed straight to the caller, so a zip bomb (or an
 * entry lying about its size) is refused after at most one piece beyond its budget, never held.
 */

export class ZipRefusal extends Error {}

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; dataStart: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// At most 1 KB of compressed input per step: deflate expands at most ~1,032 times, so one step
// yields about 1 MB however hostile the data.
const STEP = 1024;
const MAX_ENTRIES = 1_000;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

/** The zip's entries as its central directory declares them; refuses a directory over the budget. */
export function zipEntries(bytes: Uint8Array, maxTotalSize: number): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefusal("not a zip");
  const count = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (count > MAX_ENTRIES) throw new ZipRefusal("too many entries");
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new ZipRefusal("bad central directory");
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    // 0xFFFFFFFF means "see the zip64 record": no spreadsheet we accept needs one.
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new ZipRefusal("zip64");
    total += size;
    if (total > maxTotalSize) throw new ZipRefusal("declared size over budget");
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw new ZipRefusal("bad local header");
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length) throw new ZipRefusal("entry past the end");
    entries.set(name, { name, method, compressedSize, size, dataStart });
  }
  return entries;
}

/**
 * Inflates one entry piece by piece, calling `onData` with each piece. Refuses once more bytes come
 * out than the entry declared, and calls `check` (a deadline) between pieces.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onData: (piece: Uint8Array) => void,
  check: () => void = () => {},
): void {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let produced = 0;
  const take = (piece: Uint8Array) => {
    produced += piece.length;
    if (produced > entry.size) throw new ZipRefusal("entry larger than declared");
    onData(piece);
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += STEP * 64) {
      check();
      take(data.subarray(i, i + STEP * 64));
    }
    return;
  }
  if (entry.method !== 8) throw new ZipRefusal("unsupported compression");
  const inflate = new Inflate((piece) => take(piece));
  for (let i = 0; i < data.length; i += STEP) {
    check();
    inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
}
