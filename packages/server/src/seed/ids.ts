import { createHash } from 'node:crypto';

/**
 * A stable UUID for a seed record, derived from its key (name-based, UUID version 5
 * layout over SHA-1). The same key gives the same ID on every machine, which is what
 * makes the seed idempotent and lets tests and docs refer to seed records.
 */
export function seedId(key: string): string {
  const hash = createHash('sha1').update(`coopgraph:seed:${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
