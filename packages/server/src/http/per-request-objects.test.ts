import path from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';
import { baseDataSource, requestDataSource, scopeOfDataSource } from '../db/statement-counter';

/**
 * Objects made for every request carry no functions of their own: an object literal with
 * accessors, or a getter or method defined on each object, gives every request a hidden class
 * of its own, and V8 then keeps that request's objects through young-generation collections
 * (packages/bench/README.md, "Seventh pass"). Two such objects were found and changed: each
 * request's view of the data source, and Apollo's gateway request context, patched in
 * patches/@apollo__server@5.5.1.patch. These tests fail if either comes back, for instance
 * when Apollo is upgraded without the patch.
 */

describe('per-request objects share their functions through a prototype', () => {
  test('a request\'s view of the data source holds only its scope; runners and the manager come from a shared prototype', () => {
    const calls: Array<{ method: string; self: unknown }> = [];
    const base = {
      createQueryRunner(this: unknown) {
        calls.push({ method: 'createQueryRunner', self: this });
        return { connect: async () => ({}) } as unknown as QueryRunner;
      },
      createEntityManager(this: unknown) {
        calls.push({ method: 'createEntityManager', self: this });
        return { owner: this };
      },
    } as unknown as DataSource;
    const first = requestDataSource(base, { requestId: 'a', statements: 0 });
    const second = requestDataSource(base, { requestId: 'b', statements: 0 });

    expect(Reflect.ownKeys(first)).toHaveLength(1);
    expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
    expect(Object.getPrototypeOf(Object.getPrototypeOf(first))).toBe(base);
    expect(scopeOfDataSource(first)?.requestId).toBe('a');
    expect(scopeOfDataSource(second)?.requestId).toBe('b');
    expect(baseDataSource(first)).toBe(base);
    expect(baseDataSource(base)).toBe(base);

    // The manager is made once per view, for that view.
    const manager = first.manager;
    expect(first.manager).toBe(manager);
    expect((manager as unknown as { owner: unknown }).owner).toBe(first);
    expect(second.manager).not.toBe(manager);
    // Runners are made by the shared data source on behalf of the view.
    first.createQueryRunner();
    expect(calls.filter((c) => c.method === 'createQueryRunner').map((c) => c.self)).toEqual([first]);
    expect(calls.filter((c) => c.method === 'createEntityManager').map((c) => c.self)).toEqual([first, second]);
  });

  test('Apollo\'s gateway request context reads and writes the response status through a prototype (the patch is applied)', () => {
    // The module is internal to @apollo/server: found beside its entry point.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { makeGatewayGraphQLRequestContext } = require(path.join(path.dirname(require.resolve('@apollo/server')), 'utils', 'makeGatewayGraphQLRequestContext.js')) as {
      makeGatewayGraphQLRequestContext: (request: unknown, server: unknown, internals: unknown) => { response: { http: { status?: number; headers: unknown } } };
    };
    const requestContext = (status: number | undefined) => ({ request: {}, response: { http: { headers: new Map(), status } } });
    const server = { logger: console, cache: undefined };
    const internals = { includeStacktraceInErrorResponses: false };
    const one = requestContext(undefined);
    const a = makeGatewayGraphQLRequestContext(one, server, internals).response.http;
    const b = makeGatewayGraphQLRequestContext(requestContext(200), server, internals).response.http;

    expect(Object.getOwnPropertyDescriptor(a, 'status')).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(b.status).toBe(200);
    a.status = 418;
    expect(one.response.http.status).toBe(418);
    expect(a.status).toBe(418);
  });
});
