// The characters a font file really has glyphs for, read from its `cmap` table, so the tests can
// hold the committed files to what their declarations promise the browser.

/** Code points an uncompressed font (TrueType/OpenType, e.g. a WOFF2 converted to sfnt) maps to a glyph. */
export function fontCodePoints(sfnt: Buffer): Set<number> {
  const tableCount = sfnt.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + 16 * i;
    if (sfnt.toString("latin1", record, record + 4) === "cmap") cmap = sfnt.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error("the font has no cmap table");
  const points = new Set<number>();
  const subtables = sfnt.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + sfnt.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = sfnt.readUInt16BE(offset);
    if (format === 4) addFormat4(sfnt, offset, points);
    else if (format === 12) addFormat12(sfnt, offset, points);
  }
  return points;
}

/** Segments of the Basic Multilingual Plane; a code point whose glyph works out to 0 has none. */
function addFormat4(font: Buffer, at: number, points: Set<number>) {
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const start = font.readUInt16BE(starts + 2 * s);
    const end = font.readUInt16BE(ends + 2 * s);
    const delta = font.readInt16BE(deltas + 2 * s);
    const rangeOffsetAt = rangeOffsets + 2 * s;
    const rangeOffset = font.readUInt16BE(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph = rangeOffset === 0 ? c : font.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (c - start));
      if (rangeOffset !== 0 && glyph === 0) continue;
      glyph = (glyph + delta) & 0xffff;
      if (glyph !== 0) points.add(c);
    }
  }
}

/** Groups of consecutive code points, any plane. */
function addFormat12(font: Buffer, at: number, points: Set<number>) {
  const groups = font.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + 12 * g;
    const start = font.readUInt32BE(group);
    const end = font.readUInt32BE(group + 4);
    const firstGlyph = font.readUInt32BE(group + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) points.add(c);
  }
}
