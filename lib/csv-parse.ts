import iconv from "iconv-lite";

/**
 * RFC 4180 records, the reading counterpart of lib/csv.ts: quoted fields may hold commas, line
 * breaks and doubled quotes; lines end in CRLF or LF; the last line may lack its ending.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field), records.push(record), (record = []), (field = "");
    } else field += c;
  }
  if (field !== "" || record.length) record.push(field), records.push(record);
  return records;
}

/**
 * A CSV file's text. Excel saves "CSV" in the system code page, which on Korean Windows is CP949
 * (EUC-KR plus 8,822 extended Hangul syllables), so a file that is not valid UTF-8 is read as that
 * instead. Not with TextDecoder("euc-kr"): Node's decoder maps the extended lead bytes (0x81–0xC6
 * outside KS X 1001) to C1 controls, turning 똠, 뷁 or 쌰 into "제어 문자".
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "cp949");
  }
}
