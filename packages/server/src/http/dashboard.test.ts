import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '../test/harness';

/**
 * The built dashboard is served beside the API on the same port: files from CLIENT_DIR,
 * any page address answered with index.html (the app routes it), and the API's paths
 * (/graphql, /health, /ready, /export.csv, /auth) untouched.
 */
let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-client-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Coopgraph</title><div id="root"></div><script type="module" src="/assets/app-1a2b.js"></script>');
  writeFileSync(path.join(dir, 'assets', 'app-1a2b.js'), 'console.log("app");');
  server = await startTestServer('embedded', { seed: false, env: { CLIENT_DIR: dir } });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (pathname: string, headers: Record<string, string> = { accept: 'text/html' }) => fetch(`${server.url}${pathname}`, { headers });

test('the app is served at / and at every page address, with the security headers', async () => {
  for (const pathname of ['/', '/missions/BJ-2017-07-HRM', '/graphiql', '/network/TWlzc2lvbjox']) {
    const response = await get(pathname);
    expect([pathname, response.status]).toEqual([pathname, 200]);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<div id="root"></div>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  }
});

test('hashed assets are cached for good; a missing file is a 404, not the page', async () => {
  const asset = await get('/assets/app-1a2b.js', { accept: '*/*' });
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toContain('immutable');
  expect((await get('/assets/gone-0000.js', { accept: '*/*' })).status).toBe(404);
  const image = await get('/logo.png');
  expect(image.status).toBe(404);
  expect(image.headers.get('content-type')).toMatch(/json/);
});

test('the API paths keep their own answers', async () => {
  expect(await (await get('/health', { accept: 'text/html' })).json()).toEqual({ status: 'ok' });
  const ready = await get('/ready');
  expect(ready.headers.get('content-type')).toMatch(/json/);
  // Without credentials the API refuses, as JSON, whatever the Accept header says.
  const graphql = await get('/graphql?query=%7B__typename%7D');
  expect(graphql.status).toBe(401);
  expect(graphql.headers.get('content-type')).toMatch(/json/);
  const csv = await get('/export.csv?query=%7Bmissions%7Bnodes%7Breference%7D%7D%7D');
  expect(csv.status).toBe(401);
  const login = await fetch(`${server.url}/auth/login`, { method: 'GET', headers: { accept: 'text/html' } });
  expect(login.headers.get('content-type') ?? '').not.toMatch(/html/);
  // And with credentials, the API answers as before.
  expect(await server.data('{ __typename }')).toEqual({ __typename: 'Query' });
});

test('CLIENT_DIR=none serves no app', async () => {
  const bare = await startTestServer('embedded', { seed: false, env: { CLIENT_DIR: 'none' } });
  try {
    const response = await fetch(`${bare.url}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
  } finally {
    await bare.close();
  }
});
