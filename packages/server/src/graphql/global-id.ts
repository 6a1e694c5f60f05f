import { UserInputError } from './errors';

/**
 * Global IDs are opaque to clients: base64url of `Type:uuid`. The type prefix lets
 * `node(id)` find the table; clients must not parse them.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface DecodedId {
  type: string;
  id: string;
}

/** Decodes a global ID, or returns null when it is not one of ours. */
export function tryFromGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) {
    return null;
  }
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
