import { gunzipSync, gzipSync } from "node:zlib";

/**
 * W3C Bitstring Status List v1.0. A list is a bitstring of at least 131 072 bits (16 KB, for herd
 * privacy); bit 0 is the most significant bit of the first byte. A set bit means the credential at
 * that index is revoked. Encoded as multibase base64url ("u" prefix, no padding) of the GZIP bytes.
 */
export const STATUS_LIST_MIN_BITS = 131_072;

export class Bitstring {
  readonly bytes: Uint8Array;
  constructor(readonly length: number = STATUS_LIST_MIN_BITS, bytes?: Uint8Array) {
    if (!Number.isInteger(length) || length <= 0 || length % 8 !== 0) throw new Error("bitstring length must be a positive multiple of 8");
    this.bytes = bytes ?? new Uint8Array(length / 8);
    if (this.bytes.length * 8 !== length) throw new Error("bitstring bytes do not match its length");
  }

  private check(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) throw new RangeError(`status index ${index} outside 0..${this.length - 1}`);
  }

  get(index: number): boolean {
    this.check(index);
    return ((this.bytes[index >> 3]! >> (7 - (index & 7))) & 1) === 1;
  }

  set(index: number, value: boolean): void {
    this.check(index);
    const mask = 1 << (7 - (index & 7));
    this.bytes[index >> 3] = value ? this.bytes[index >> 3]! | mask : this.bytes[index >> 3]! & ~mask;
  }

  encode(): string {
    return `u${Buffer.from(gzipSync(this.bytes)).toString("base64url")}`;
  }

  static decode(encoded: string): Bitstring {
    if (!encoded.startsWith("u")) throw new Error("encodedList must be multibase base64url (prefix 'u')");
    const bytes = new Uint8Array(gunzipSync(Buffer.from(encoded.slice(1), "base64url")));
    return new Bitstring(bytes.length * 8, bytes);
  }

  static withSetBits(indices: Iterable<number>, length = STATUS_LIST_MIN_BITS): Bitstring {
    const bits = new Bitstring(length);
    for (const i of indices) bits.set(i, true);
    return bits;
  }
}

/**
 * Picks an unused index at random (the spec advises random allocation so a list position says nothing
 * about issue order). `random` returns an integer in [0, size).
 */
export function pickFreeIndex(used: ReadonlySet<number>, size: number, random: (size: number) => number): number {
  if (used.size >= size) throw new Error("status list is full");
  for (let tries = 0; tries < 64; tries++) {
    const i = random(size);
    if (!used.has(i)) return i;
  }
  // A crowded list: fall back to a linear scan from a random start.
  const start = random(size);
  for (let k = 0; k < size; k++) {
    const i = (start + k) % size;
    if (!used.has(i)) return i;
  }
  throw new Error("status list is full");
}

export type BitstringStatusListCredential = {
  "@context": string[];
  id: string;
  type: ["VerifiableCredential", "BitstringStatusListCredential"];
  issuer: string;
  validFrom: string;
  credentialSubject: { id: string; type: "BitstringStatusList"; statusPurpose: "revocation"; encodedList: string };
};

export function buildStatusListCredential(input: {
  url: string;
  issuerId: string;
  revokedIndices: Iterable<number>;
  validFrom: Date;
  length?: number;
}): BitstringStatusListCredential {
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    id: input.url,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: input.issuerId,
    validFrom: input.validFrom.toISOString(),
    credentialSubject: {
      id: `${input.url}#list`,
      type: "BitstringStatusList",
      statusPurpose: "revocation",
      encodedList: Bitstring.withSetBits(input.revokedIndices, input.length).encode(),
    },
  };
}
