import { randomUUID } from 'node:crypto';
import { entities } from '../db/entities';
import { NodeEntity } from './node';
import { fromGlobalId, legacyGlobalId, toGlobalId, tryFromGlobalId, TYPE_CODES } from './global-id';

describe('global IDs', () => {
  test('every node type has a type code, and no two share one', () => {
    const nodeTypes = entities.filter((e) => e.prototype instanceof NodeEntity).map((e) => e.name);
    expect(nodeTypes.length).toBeGreaterThan(15);
    for (const type of nodeTypes) expect(TYPE_CODES[type]).toEqual(expect.any(Number));
    const codes = Object.values(TYPE_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Math.max(...codes)).toBeLessThan(256);
  });

  test('IDs already handed out keep their meaning: the codes are pinned by known IDs', () => {
    // Each of these strings is an ID some client may have stored; it must decode forever.
    expect(toGlobalId('Agency', '0c2b9322-721b-59d0-bed4-ebb8c4af666f')).toBe('AQwrkyJyG1nQvtTruMSvZm8');
    expect(toGlobalId('Citation', 'ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe('FP____________________8');
    expect(toGlobalId('Mission', '00000000-0000-0000-0000-000000000000')).toBe('DgAAAAAAAAAAAAAAAAAAAAA');
    expect(tryFromGlobalId('AQwrkyJyG1nQvtTruMSvZm8')).toEqual({ type: 'Agency', id: '0c2b9322-721b-59d0-bed4-ebb8c4af666f' });
    for (const [type, code] of Object.entries(TYPE_CODES)) {
      const id = toGlobalId(type, '0c2b9322-721b-59d0-bed4-ebb8c4af666f');
      expect(id).toHaveLength(23);
      expect(Buffer.from(id, 'base64url')[0]).toBe(code);
    }
  });

  test('compact IDs round-trip, are the same bytes as base64url, and are shorter than the UUID', () => {
    for (let i = 0; i < 300; i += 1) {
      const uuid = randomUUID();
      for (const type of Object.keys(TYPE_CODES)) {
        const id = toGlobalId(type, uuid);
        expect(id.length).toBeLessThan(uuid.length);
        expect(tryFromGlobalId(id)).toEqual({ type, id: uuid });
        // The hand-written encoder agrees with Node's base64url on the same 17 bytes.
        expect(id).toBe(Buffer.concat([Buffer.from([TYPE_CODES[type]!]), Buffer.from(uuid.replace(/-/g, ''), 'hex')]).toString('base64url'));
      }
    }
    // Upper-case UUIDs name the same row.
    const uuid = randomUUID();
    expect(toGlobalId('Expert', uuid.toUpperCase())).toBe(toGlobalId('Expert', uuid));
  });

  test('legacy IDs (base64url of Type:uuid) are still read, and mean the same node', () => {
    const uuid = randomUUID();
    const legacy = Buffer.from(`Agreement:${uuid}`).toString('base64url');
    expect(legacyGlobalId('Agreement', uuid)).toBe(legacy);
    expect(tryFromGlobalId(legacy)).toEqual({ type: 'Agreement', id: uuid });
    expect(tryFromGlobalId(legacy)).toEqual(tryFromGlobalId(toGlobalId('Agreement', uuid)));
    // A type without a code is written in the legacy form, and read back.
    expect(toGlobalId('Spaceship', uuid)).toBe(legacyGlobalId('Spaceship', uuid));
    expect(tryFromGlobalId(toGlobalId('Spaceship', uuid))).toEqual({ type: 'Spaceship', id: uuid });
    // A row key that is not a UUID is written in the legacy form, which then refuses it.
    expect(toGlobalId('Agency', 'not-a-uuid')).toBe(legacyGlobalId('Agency', 'not-a-uuid'));
    expect(tryFromGlobalId(toGlobalId('Agency', 'not-a-uuid'))).toBeNull();
    const almost = '0c2b9322-721b-59d0-bed4-ebb8c4af666g';
    expect(toGlobalId('Agency', almost)).toBe(legacyGlobalId('Agency', almost));
    expect(toGlobalId('Agency', almost.replace(/-/g, '_'))).toBe(legacyGlobalId('Agency', almost.replace(/-/g, '_')));
    expect(toGlobalId('Agency', `${almost.slice(0, 35)}\u0166`)).toBe(legacyGlobalId('Agency', `${almost.slice(0, 35)}\u0166`));
  });

  test('anything else is refused, with a message for the client', () => {
    const good = toGlobalId('Agency', randomUUID());
    const last = good.at(-1)!;
    const refused = [
      '',
      'not-an-id',
      `${good.slice(0, 22)}=`,
      `${good.slice(0, 22)}é`,
      `${good.slice(0, 10)}+${good.slice(11)}`,
      // Unknown type codes: 0 and 255.
      Buffer.concat([Buffer.from([0]), Buffer.alloc(16)]).toString('base64url'),
      Buffer.concat([Buffer.from([255]), Buffer.alloc(16)]).toString('base64url'),
      // A last digit whose two low bits are set is not the canonical form of any ID.
      `${good.slice(0, 22)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(last) | 1)]}`,
      'A'.repeat(201),
    ];
    for (const id of refused) expect(tryFromGlobalId(id)).toBeNull();
    expect(() => fromGlobalId('not-an-id', 'id')).toThrow('"not-an-id" is not a valid Coopgraph ID');
    expect(() => fromGlobalId(good, 'filter.mission', 'Mission')).toThrow('The ID given for filter.mission is a Agency ID; a Mission ID is expected.');
  });
});
