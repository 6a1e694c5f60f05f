import fs from 'node:fs';
import path from 'node:path';
import { serverAudits, type AuditResult } from 'graphql-http';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

// graphql-http's GraphQL-over-HTTP conformance audits, run against the real server (as an
// analyst: every request carries a token). Every MUST audit has to pass; SHOULD and MAY
// audits are recorded in .reports/audits-<kind>.json.
describe.each(databaseKinds())('GraphQL over HTTP audits (%s database)', (kind) => {
  let server: TestServer;
  const results: AuditResult[] = [];
  beforeAll(async () => {
    server = await startTestServer(kind, { seed: false });
  });
  afterAll(async () => {
    await server?.close();
    const summary = {
      total: results.length,
      ok: results.filter((r) => r.status === 'ok').length,
      warnings: results.filter((r) => r.status === 'warn').map((r) => ({ name: r.name, reason: 'reason' in r ? r.reason : '' })),
      notices: results.filter((r) => r.status === 'notice').map((r) => r.name),
      errors: results.filter((r) => r.status === 'error').map((r) => r.name),
    };
    fs.mkdirSync(path.join(__dirname, '..', '..', '.reports'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, '..', '..', '.reports', `audits-${kind}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  });

  test('every MUST audit passes', async () => {
    const audits = serverAudits({
      url: `${server.url}/graphql`,
      fetchFn: (input: string | URL | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', server.tokens.analyst);
        return fetch(input, { ...init, headers });
      },
    });
    expect(audits.length).toBeGreaterThan(50);
    const failedMust: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      results.push(result);
      if (audit.name.startsWith('MUST') && result.status !== 'ok') {
        failedMust.push(`${audit.name}: ${'reason' in result ? result.reason : ''}`);
      }
      if (result.status !== 'ok' && 'response' in result) {
        // Whatever the audit sent, the server never failed with a 5xx.
        expect(result.response.status).toBeLessThan(500);
      }
    }
    expect(failedMust).toEqual([]);
  });
});
