import { UserInputError } from './errors';

/**
 * Global IDs are opaque to clients: the type lets `node(id)` find the table; clients must
 * not parse them.
 *
 * Two forms are read; the first is written:
 * - compact (since 0.2): base64url of 17 bytes, a type code (`TYPE_CODES`) then the row's
 *   UUID, 23 characters, shorter than the UUID itself;
 * - legacy (0.1): base64url of `Type:uuid`, about 60 characters. IDs that clients stored
 *   before are still accepted everywhere an ID is, and mean the same node.
 * A type without a code (none today) is written in the legacy form.
 */

/**
 * The type code of each node type in compact IDs. Codes are part of every ID ever handed
 * out: never change or reuse one; a new type takes the next free code.
 */
export const TYPE_CODES: Readonly<Record<string, number>> = Object.freeze({
  Agency: 1,
  AgencyName: 2,
  AgencyLineage: 3,
  Agreement: 4,
  AgreementParty: 5,
  AgreementDomain: 6,
  AgreementCountry: 7,
  Domain: 8,
  Person: 9,
  Affiliation: 10,
  Expert: 11,
  ExpertDomain: 12,
  Availability: 13,
  Mission: 14,
  MissionDomain: 15,
  Assignment: 16,
  Country: 17,
  PartnerDesignation: 18,
  Source: 19,
  Citation: 20,
});

const CODE_OF = new Map<string, number>(Object.entries(TYPE_CODES));
const TYPE_OF: string[] = [];
for (const [type, code] of Object.entries(TYPE_CODES)) TYPE_OF[code] = type;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Hex digit values by character code; -1 for anything else. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i += 1) {
  HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;
  HEX_VALUE['0123456789ABCDEF'.charCodeAt(i)] = i;
}
/** base64url digit values by character code; -1 for anything else. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i += 1) DIGIT_VALUE[ALPHABET.charCodeAt(i)] = i;
const HEX_DIGITS = '0123456789abcdef';
/** Where the hyphens of a UUID are. */
const HYPHENS = [8, 13, 18, 23];
const COMPACT_LENGTH = 23;

/** The 16 bytes of a canonical UUID (any case), or null when `id` is not one. */
function uuidBytes(id: string, into: Uint8Array, offset: number): boolean {
  if (id.length !== 36) return false;
  let bad = 0;
  let j = offset;
  for (let i = 0; i < 36; ) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      bad |= id.charCodeAt(i) ^ 45; // '-'
      i += 1;
      continue;
    }
    const hi = HEX_VALUE[id.charCodeAt(i) & 127]!;
    const lo = HEX_VALUE[id.charCodeAt(i + 1) & 127]!;
    // A character above 127 or a non-hex one makes `bad` non-zero.
    bad |= (hi | lo) & 0x80 ? 1 : 0;
    bad |= (id.charCodeAt(i) | id.charCodeAt(i + 1)) & ~127;
    into[j++] = (hi << 4) | lo;
    i += 2;
  }
  return bad === 0;
}

const scratch = new Uint8Array(18);
/** The character codes of the base64url alphabet. */
const DIGIT_CODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** The 23 character codes of the ID being written (one string is made of them, no pieces). */
const digits: number[] = new Array<number>(COMPACT_LENGTH).fill(0);

/** The compact global ID of the row `id` of `type` (legacy form for a type without a code). */
export function toGlobalId(type: string, id: string): string {
  const code = CODE_OF.get(type);
  if (code === undefined || !uuidBytes(id, scratch, 1)) return legacyGlobalId(type, id);
  scratch[0] = code;
  scratch[17] = 0;
  // 17 bytes: five groups of three (20 digits), then two bytes (3 digits), no padding.
  for (let i = 0, k = 0; i < 18; i += 3) {
    const n = (scratch[i]! << 16) | (scratch[i + 1]! << 8) | scratch[i + 2]!;
    digits[k++] = DIGIT_CODE[n >> 18]!;
    digits[k++] = DIGIT_CODE[(n >> 12) & 63]!;
    digits[k++] = DIGIT_CODE[(n >> 6) & 63]!;
    if (k < COMPACT_LENGTH) digits[k++] = DIGIT_CODE[n & 63]!;
  }
  return String.fromCharCode.apply(null, digits);
}

/** The form IDs had before 0.2: base64url of `Type:uuid`. Still read; written for codeless types. */
export function legacyGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface DecodedId {
  type: string;
  id: string;
}

function decodeCompact(globalId: string): DecodedId | null {
  const bytes = new Uint8Array(18);
  // 23 digits: 22 full ones and a last one whose 2 low bits must be zero (canonical form).
  let bad = 0;
  for (let i = 0, j = 0; i < 24; i += 4) {
    const d = (k: number) => (k < COMPACT_LENGTH ? DIGIT_VALUE[globalId.charCodeAt(k) & 127]! | (globalId.charCodeAt(k) & ~127 ? -1 : 0) : 0);
    const a = d(i);
    const b = d(i + 1);
    const c = d(i + 2);
    const e = d(i + 3);
    bad |= (a | b | c | e) < 0 ? 1 : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | e;
    bytes[j++] = (n >> 16) & 255;
    bytes[j++] = (n >> 8) & 255;
    bytes[j++] = n & 255;
  }
  if (bad || bytes[17] !== 0) return null;
  const type = TYPE_OF[bytes[0]!];
  if (type === undefined) return null;
  let id = '';
  for (let i = 1, k = 0; i < 17; i += 1, k += 2) {
    if (HYPHENS.includes(k)) {
      id += '-';
      k += 1;
    }
    id += HEX_DIGITS[bytes[i]! >> 4]! + HEX_DIGITS[bytes[i]! & 15]!;
  }
  return { type, id };
}

/** Decodes a global ID (either form), or returns null when it is not one of ours. */
export function tryFromGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) {
    return null;
  }
  if (globalId.length === COMPACT_LENGTH) return decodeCompact(globalId);
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!/^[A-Z][A-Za-z]+$/.test(type) || !UUID.test(id)) return null;
  return { type, id };
}

/** Decodes a global ID, optionally of an expected type; a malformed one is the client's fault. */
export function fromGlobalId(globalId: string, argument: string, expectedType?: string): DecodedId {
  const decoded = tryFromGlobalId(globalId);
  if (!decoded) {
    throw new UserInputError(`"${truncate(globalId)}" is not a valid Coopgraph ID; use an \`id\` returned by the API.`, argument);
  }
  if (expectedType && decoded.type !== expectedType) {
    throw new UserInputError(`The ID given for ${argument} is a ${decoded.type} ID; a ${expectedType} ID is expected.`, argument);
  }
  return decoded;
}

function truncate(value: unknown): string {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
