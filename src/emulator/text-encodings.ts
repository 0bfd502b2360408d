/**
 * The encodings a fault rule's `text` can be sent in (`encoding`), as a proxy or gateway in front of
 * Spotify may answer its error pages: UTF-8 (the default), ISO-8859-1, windows-1252 and UTF-16 in
 * either byte order. A character the encoding cannot hold is sent as `?`, as such servers do.
 */
export const TEXT_ENCODINGS = ['utf-8', 'iso-8859-1', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/**
 * windows-1252's characters at bytes 0x80 to 0x9F (`€` is 0x80; the five it leaves undefined map to
 * themselves, as WHATWG Encoding's index does), by code point. Written out: Node 20's TextDecoder reads
 * windows-1252 as ISO-8859-1, so it cannot be asked.
 */
const CP1252_HIGH = new Map<number, number>(
  [
    ...'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178',
  ].map((char, at) => [char.codePointAt(0)!, 0x80 + at]),
);

/** One byte per character: ISO-8859-1 (code points to 0xFF) or windows-1252 (plus CP1252_HIGH). */
function singleByte(text: string, windows: boolean): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const point = char.codePointAt(0)!;
    const high = windows ? CP1252_HIGH.get(point) : undefined;
    if (high !== undefined) bytes.push(high);
    else if (point <= 0xff && !(windows && point >= 0x80 && point <= 0x9f)) bytes.push(point);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

/** `text` as the bytes of `encoding` (UTF-8 when none); a leading U+FEFF becomes that encoding's mark. */
export function encodeText(text: string, encoding: TextEncoding | undefined): Buffer {
  switch (encoding) {
    case 'iso-8859-1':
      return singleByte(text, false);
    case 'windows-1252':
      return singleByte(text, true);
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    default:
      return Buffer.from(text, 'utf8');
  }
}
