/**
 * The text of an answer's body, decoded by the charset it declares. Spotify's JSON is UTF-8, but an
 * error page from a proxy or gateway in front of it may be in another charset (`text/html;
 * charset=iso-8859-1`, windows-1252, UTF-16): read as UTF-8 its words were mojibake (issue 7 item 5).
 */

/** A byte order mark at the start of a body, and the encoding it names (WHATWG Encoding, "decode"). */
function bomEncoding(body: Uint8Array): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The `charset` parameter of a Content-Type (quoted or not, any case); undefined when there is none. */
export function declaredCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const label = (match?.[1] ?? match?.[2] ?? '').trim();
  return label === '' ? undefined : label;
}

/**
 * windows-1252's characters at bytes 0x80 to 0x9F (WHATWG Encoding's index; the five it leaves
 * undefined map to themselves). Node 20's TextDecoder reads windows-1252 (and `iso-8859-1`, its
 * label) as ISO-8859-1, giving C1 controls there; they are mapped to these afterwards.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** windows-1252's C1 range read as ISO-8859-1 (U+0080 to U+009F), mapped to its characters. */
const asWindows1252 = (text: string): string =>
  text.replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);

/** A decoder for `label` (a WHATWG encoding label: `iso-8859-1` is windows-1252); undefined when unknown. */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: false });
  } catch {
    return undefined;
  }
}

/**
 * `body` as text: by the encoding its byte order mark names (the mark dropped), else by the charset
 * its `contentType` declares, else (none, or one TextDecoder does not know) as UTF-8. Bytes the
 * encoding cannot read become U+FFFD; never throws. The text is as long as the body decodes to:
 * callers bound what they keep (readableErrorText).
 */
export function bodyText(body: Buffer, contentType: string | undefined): string {
  const bom = bomEncoding(body);
  const label = bom ?? declaredCharset(contentType);
  if (label === undefined) return body.toString('utf8');
  const decoder = decoderFor(label);
  if (!decoder) return body.toString('utf8');
  const text = decoder.decode(body);
  return decoder.encoding === 'windows-1252' ? asWindows1252(text) : text;
}
