import { badRequest } from './errors.js';
import type { Image } from './model.js';

/** Spotify's limit on the base64 payload of a cover upload. */
export const MAX_COVER_BYTES = 256 * 1024;

/** When a JPEG names no size (no SOF segment found), the size Spotify renders covers at. */
const DEFAULT_SIDE = 640;

/**
 * A custom cover from an upload body: base64 of a JPEG, at most 256 KB. Served back as a data URL so
 * that the cover needs no storage or route of its own.
 */
export function decodeCover(body: Buffer): Image {
  if (body.length === 0) throw badRequest('Missing image data');
  if (body.length > MAX_COVER_BYTES)
    throw badRequest(`Image too large: at most ${MAX_COVER_BYTES} bytes of base64`);
  const text = body.toString('latin1').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 === 1) {
    throw badRequest('Invalid image data: expected a base64 encoded JPEG');
  }
  const jpeg = Buffer.from(text, 'base64');
  if (jpeg.length < 3 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8 || jpeg[2] !== 0xff) {
    throw badRequest('Invalid image data: not a JPEG');
  }
  const size = jpegSize(jpeg);
  return {
    url: `data:image/jpeg;base64,${jpeg.toString('base64')}`,
    height: size?.height ?? DEFAULT_SIDE,
    width: size?.width ?? DEFAULT_SIDE,
  };
}

/** Width and height from the first start-of-frame segment. */
function jpegSize(jpeg: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return undefined;
    const marker = jpeg[at + 1]!;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      at += 2;
      continue;
    }
    const length = jpeg.readUInt16BE(at + 2);
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > jpeg.length) return undefined;
      return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}
