import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** A sealed value failed authentication (tampered, swapped between records, or under an unknown key). */
export class RecordRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordRejected';
  }
}

/** ENCRYPTION_KEY is malformed: not base64 of exactly 32 bytes. */
export class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

const VERSION = 'v1';
const IV_BYTES = 12;

interface Key {
  /** First 8 hex digits of SHA-256(key): names the key in a sealed value without revealing it. */
  id: string;
  bytes: Buffer;
}

/** The result of opening a sealed value: the plain text, and whether it was sealed under an older key. */
export interface Opened {
  plain: string;
  /** True when a key other than the first (the writing key) sealed it: re-seal it. */
  stale: boolean;
}

/**
 * AES-256-GCM (node:crypto) under one or more 32-byte keys. The first key seals; every key opens
 * (rotation: list the new key first and the old ones after it). A sealed value is
 * `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts); `context` (additional authenticated data,
 * e.g. the record's id) must be the same when opening, so a value moved to another record fails.
 */
export class KeyRing {
  private readonly keys: readonly Key[];

  constructor(keys: readonly Buffer[]) {
    if (keys.length === 0) throw new KeyError('A key ring needs at least one key');
    this.keys = keys.map((bytes) => {
      if (bytes.length !== 32) throw new KeyError('An encryption key must be 32 bytes');
      return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 8), bytes };
    });
  }

  /**
   * Parses ENCRYPTION_KEY: one or more base64 keys of 32 bytes, comma-separated, the writing key first.
   * Throws KeyError naming the position of a bad key (never its value).
   */
  static parse(raw: string): KeyRing {
    const parts = raw
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (parts.length === 0) throw new KeyError('ENCRYPTION_KEY is empty');
    return new KeyRing(
      parts.map((part, index) => {
        const bytes = Buffer.from(part, 'base64');
        if (bytes.length !== 32 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(part)) {
          throw new KeyError(
            `ENCRYPTION_KEY: key ${index + 1} is not 32 bytes in base64 (make one with: openssl rand -base64 32)`,
          );
        }
        return bytes;
      }),
    );
  }

  /** A ring of one fresh random key (a memory store's: nothing outlives the process). */
  static ephemeral(): KeyRing {
    return new KeyRing([randomBytes(32)]);
  }

  /** Seals `plain` under the writing key, bound to `context`. */
  seal(plain: string, context: string): string {
    const key = this.keys[0] as Key;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      VERSION,
      key.id,
      iv.toString('base64url'),
      data.toString('base64url'),
      tag.toString('base64url'),
    ].join('.');
  }

  /** Opens a sealed value; throws RecordRejected when it does not authenticate under any listed key. */
  open(sealed: string, context: string): Opened {
    const [version, keyId, iv, data, tag, ...rest] = sealed.split('.');
    if (version !== VERSION || !keyId || !iv || data === undefined || !tag || rest.length > 0) {
      throw new RecordRejected('A stored record is malformed');
    }
    const index = this.keys.findIndex((key) => key.id === keyId);
    const key = this.keys[index];
    if (!key)
      throw new RecordRejected('A stored record was sealed under a key that ENCRYPTION_KEY does not list');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
      return { plain: plain.toString('utf8'), stale: index !== 0 };
    } catch {
      throw new RecordRejected('A stored record failed authentication (tampered, or moved between records)');
    }
  }

  /**
   * A 32-byte key for another purpose derived from each key (HKDF-SHA256, no salt, `info` naming the
   * purpose), the writing key's first: what one key seals cannot be read as, nor forged from, another
   * purpose's key. Rotation carries over: the first derived key writes, every one verifies.
   */
  derive(info: string): Buffer[] {
    return this.keys.map((key) => Buffer.from(hkdfSync('sha256', key.bytes, Buffer.alloc(0), info, 32)));
  }

  /** The id of the writing key (shown in logs and tests; not secret). */
  get writingKeyId(): string {
    return (this.keys[0] as Key).id;
  }

  toJSON(): Record<string, unknown> {
    return { keys: this.keys.map((key) => key.id) };
  }
}
