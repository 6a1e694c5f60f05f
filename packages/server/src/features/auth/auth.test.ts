import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';

async function post(server: TestServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
}

const VIEWER = '{ viewer { authenticated kind name role permissions { readPersonalData write manageAccess } } }';

describe.each(databaseKinds())('access control (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '10', LOGIN_FAILURE_DELAY_MS: '10' } });
  });
  afterAll(() => server?.close());

  test('callers without credentials get /health, /ready and the login, nothing else', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    const anonymous = await server.as('anonymous').gql('{ agencies(first: 1) { totalCount } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(anonymous.body.data).toBeUndefined();
    const wrong = await server.gql('{ viewer { name } }', undefined, { authorization: 'Bearer cgt_not-a-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors?.[0].message).toMatch(/unknown, expired or revoked/);
  });

  test('viewer tells each role who it is and what it may do', async () => {
    const analyst = await server.as('analyst').data(VIEWER);
    expect(analyst.viewer).toEqual({ authenticated: true, kind: 'token', name: 'test analyst', role: 'ANALYST', permissions: { readPersonalData: false, write: false, manageAccess: false } });
    const coordinator = await server.as('coordinator').data(VIEWER);
    expect(coordinator.viewer.permissions).toEqual({ readPersonalData: true, write: true, manageAccess: false });
    const admin = await server.as('admin').data(VIEWER);
    expect(admin.viewer.permissions).toEqual({ readPersonalData: true, write: true, manageAccess: true });
  });

  test('an analyst reads everything but personal data, which is null with a FORBIDDEN error', async () => {
    const query = '{ people(first: 10) { nodes { name email phones affiliations { agency { name } } } } }';
    const analyst = await server.as('analyst').gql(query);
    expect(analyst.status).toBe(200);
    const people = analyst.body.data!.people.nodes as Array<Record<string, any>>;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.email === null && p.phones === null && typeof p.name === 'string')).toBe(true);
    expect(analyst.body.errors!.length).toBe(people.length * 2);
    expect(analyst.body.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(analyst.body.errors![0].message).toMatch(/personal data, readable by coordinators and admins only/);
    expect(JSON.stringify(analyst.body)).not.toMatch(/@p-o\.belgium\.be|@btcctb\.org|\+32 4/);

    const coordinator = await server.as('coordinator').data(query);
    expect(coordinator.people.nodes.map((p: any) => p.email)).toContain('jacques.druart@p-o.belgium.be');
  });

  test('every read of personal data is logged: who, whose, which field, when', async () => {
    const ds = server.app.db.dataSource;
    await ds.query('DELETE FROM personal_data_read');
    const { people } = await server.as('admin').data('{ people(first: 100) { nodes { id email } } }');
    const rows: Array<{ actor: string; subject_type: string; subject_id: string; field: string; read_at: Date }> = await ds.query(
      'SELECT actor, subject_type, subject_id, field, read_at FROM personal_data_read ORDER BY subject_id',
    );
    expect(rows.length).toBe(people.nodes.length);
    expect(new Set(rows.map((r) => r.field))).toEqual(new Set(['email']));
    expect(new Set(rows.map((r) => r.subject_type))).toEqual(new Set(['Person']));
    const [tokenId] = (await ds.query(`SELECT id FROM api_token WHERE name = 'test admin'`)) as Array<{ id: string }>;
    expect(rows.every((r) => r.actor === `token:${tokenId.id}` && r.read_at instanceof Date)).toBe(true);
    // An analyst's refused read is not a read.
    await ds.query('DELETE FROM personal_data_read');
    await server.as('analyst').gql('{ people(first: 100) { nodes { email } } }');
    expect(await ds.query('SELECT * FROM personal_data_read')).toEqual([]);
  });

  test('admins create tokens for a role, shown once, stored hashed; revoked tokens stop at once; last use is recorded', async () => {
    const forbidden = await server.as('coordinator').gql('mutation { apiTokenCreate(input: { name: "x", role: ANALYST }) { secret } }');
    expect(forbidden.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.body.errors?.[0].message).toMatch(/needs the admin role/);

    const created = await server.as('admin').data<{ apiTokenCreate: { secret: string; token: { id: string; role: string; lastUsedAt: null } } }>(
      'mutation { apiTokenCreate(input: { name: "notebook", role: ANALYST, expiresInDays: 30 }) { secret token { id role lastUsedAt expiresAt } } }',
    );
    const { secret, token } = created.apiTokenCreate;
    expect(secret).toMatch(/^cgt_[A-Za-z0-9_-]{43}$/);
    expect(token.lastUsedAt).toBeNull();
    const stored = await server.app.db.dataSource.query('SELECT * FROM api_token WHERE id = $1', [token.id]);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(4));
    expect(stored[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);

    const asNotebook = await server.gql(VIEWER, undefined, { authorization: `Bearer ${secret}` });
    expect(asNotebook.body.data?.viewer).toMatchObject({ name: 'notebook', role: 'ANALYST' });
    const listed = await server.as('admin').data('{ apiTokens { id name lastUsedAt revokedAt } }');
    const mine = listed.apiTokens.find((t: any) => t.id === token.id);
    expect(mine.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(secret);

    const revoked = await server.as('admin').data('mutation($id: ID!) { apiTokenRevoke(id: $id) { revokedAt } }', { id: token.id });
    expect(revoked.apiTokenRevoke.revokedAt).not.toBeNull();
    expect((await server.gql(VIEWER, undefined, { authorization: `Bearer ${secret}` })).status).toBe(401);
  });

  test('expired tokens are refused', async () => {
    const created = await server.as('admin').data('mutation { apiTokenCreate(input: { name: "short", role: ANALYST, expiresInDays: 1 }) { secret token { id } } }');
    await server.app.db.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [created.apiTokenCreate.token.id]);
    expect((await server.gql(VIEWER, undefined, { authorization: `Bearer ${created.apiTokenCreate.secret}` })).status).toBe(401);
  });

  test('people sign in with a password for an httpOnly SameSite session cookie, sign out, and sessions expire', async () => {
    await server.as('admin').data('mutation { userCreate(input: { login: "Anna@Example.org", password: "correct horse battery", role: COORDINATOR }) { login role } }');
    const [user] = await server.app.db.dataSource.query(`SELECT password_hash FROM app_user WHERE login = 'anna@example.org'`);
    expect(user.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);

    const ok = await post(server, '/auth/login', { login: 'anna@example.org', password: 'correct horse battery' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ login: 'anna@example.org', role: 'coordinator' });
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^coopgraph_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(cookie).not.toMatch(/Secure/); // Secure in production only (tested below)
    const session = cookie.split(';')[0];

    const me = await server.gql(VIEWER, undefined, { authorization: '', cookie: session });
    // An empty Authorization header is a wrong credential, not a missing one.
    expect(me.status).toBe(401);
    const viaCookie = await server.as('anonymous').gql(VIEWER, undefined, { cookie: session });
    expect(viaCookie.body.data?.viewer).toMatchObject({ kind: 'user', name: 'anna@example.org', role: 'COORDINATOR' });

    const out = await post(server, '/auth/logout', {}, { cookie: session });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await server.as('anonymous').gql(VIEWER, undefined, { cookie: session })).status).toBe(401);

    const again = await post(server, '/auth/login', { login: 'ANNA@example.org', password: 'correct horse battery' });
    const second = again.headers.get('set-cookie')!.split(';')[0];
    await server.app.db.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second'`);
    const expired = await server.as('anonymous').gql(VIEWER, undefined, { cookie: second });
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0].message).toMatch(/session has expired/);
  });

  test('a signed-in person changes their own password: the current one is checked, other sessions end, this one goes on', async () => {
    await server.as('admin').data('mutation { userCreate(input: { login: "bert@example.org", password: "first long password", role: ANALYST }) { login } }');
    const signIn = async (password: string) => post(server, '/auth/login', { login: 'bert@example.org', password });
    const cookieOf = (response: Awaited<ReturnType<typeof signIn>>) => response.headers.get('set-cookie')!.split(';')[0]!;
    const here = cookieOf(await signIn('first long password'));
    const elsewhere = cookieOf(await signIn('first long password'));
    const CHANGE = 'mutation($input: ViewerUpdatePasswordInput!) { viewerUpdatePassword(input: $input) { changed userErrors { field code message } } }';
    const change = (input: object) => server.as('anonymous').gql(CHANGE, { input }, { cookie: here });

    const wrong = await change({ currentPassword: 'not my password', newPassword: 'second long password' });
    expect(wrong.body.data?.viewerUpdatePassword).toEqual({ changed: false, userErrors: [{ field: ['input', 'currentPassword'], code: 'INVALID_VALUE', message: 'That is not your current password.' }] });
    const [counted] = await server.app.db.dataSource.query(`SELECT failed_logins FROM app_user WHERE login = 'bert@example.org'`);
    expect(counted.failed_logins).toBe(1);
    const short = await change({ currentPassword: 'first long password', newPassword: 'short' });
    expect(short.body.data?.viewerUpdatePassword.userErrors.map((e: any) => [e.field, e.code])).toEqual([[['input', 'newPassword'], 'INVALID_FORMAT']]);

    const done = await change({ currentPassword: 'first long password', newPassword: 'second long password' });
    expect(done.body.data?.viewerUpdatePassword).toEqual({ changed: true, userErrors: [] });
    expect((await signIn('first long password')).status).toBe(401);
    expect((await signIn('second long password')).status).toBe(200);
    // This session goes on; the other one has ended.
    expect((await server.as('anonymous').gql(VIEWER, undefined, { cookie: here })).body.data?.viewer).toMatchObject({ name: 'bert@example.org' });
    expect((await server.as('anonymous').gql(VIEWER, undefined, { cookie: elsewhere })).status).toBe(401);

    // Tokens have no password.
    const token = await server.gql(CHANGE, { input: { currentPassword: 'x', newPassword: 'second long password' } });
    expect(token.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  test('repeated failures lock the account for a while; the right password does not unlock it early', async () => {
    await server.as('admin').data('mutation { userCreate(input: { login: "bert", password: "the right password", role: ANALYST }) { login } }');
    for (let i = 0; i < 2; i += 1) {
      expect((await post(server, '/auth/login', { login: 'bert', password: 'wrong' })).status).toBe(401);
    }
    const locked = await post(server, '/auth/login', { login: 'bert', password: 'wrong' });
    expect(locked.status).toBe(423);
    expect(locked.body.error).toMatch(/locked after 3 failed sign-ins/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(500);
    const right = await post(server, '/auth/login', { login: 'bert', password: 'the right password' });
    expect(right.status).toBe(423);
    await server.app.db.dataSource.query(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE login = 'bert'`);
    expect((await post(server, '/auth/login', { login: 'bert', password: 'the right password' })).status).toBe(200);
    const [row] = await server.app.db.dataSource.query(`SELECT failed_logins FROM app_user WHERE login = 'bert'`);
    expect(row.failed_logins).toBe(0);
    expect((await post(server, '/auth/login', { login: 'nobody', password: 'whatever it is' })).status).toBe(401);
  });

  test('login and logout are not usable cross-site', async () => {
    const cross = await post(server, '/auth/login', { login: 'anna@example.org', password: 'correct horse battery' }, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const fetchMeta = await post(server, '/auth/login', { login: 'anna@example.org', password: 'correct horse battery' }, { 'sec-fetch-site': 'cross-site' });
    expect(fetchMeta.status).toBe(403);
    const form = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'login=anna%40example.org&password=correct+horse+battery' });
    expect(form.status).toBe(415);
    expect(form.headers.get('set-cookie')).toBeNull();
    // A simple cross-site POST to /graphql with the cookie is refused by CSRF prevention.
    const ok = await post(server, '/auth/login', { login: 'anna@example.org', password: 'correct horse battery' });
    const session = ok.headers.get('set-cookie')!.split(';')[0];
    const csrf = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { name } }')}`, { headers: { cookie: session } });
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/i);
  });
});

describe('production settings', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('embedded', { env: { NODE_ENV: 'production', AUTH_PUBLIC_READ: 'true', CORS_ORIGINS: 'https://dashboard.example.org' } });
  });
  afterAll(() => server?.close());

  test('the session cookie is Secure', async () => {
    await server.as('admin').data('mutation { userCreate(input: { login: "carla", password: "a long password", role: ANALYST }) { login } }');
    const ok = await post(server, '/auth/login', { login: 'carla', password: 'a long password' });
    expect(ok.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  test('public read: anonymous callers read non-personal data, never personal data, introspection or federation fields', async () => {
    const anon = server.as('anonymous');
    const read = await anon.gql('{ viewer { authenticated role } people(first: 5) { nodes { name email } } }');
    expect(read.status).toBe(200);
    expect(read.body.data?.viewer).toEqual({ authenticated: false, role: null });
    expect(read.body.data?.people.nodes.every((p: any) => p.email === null)).toBe(true);
    const introspection = await anon.gql('{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(401);
    expect(introspection.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const typeQuery = await anon.gql('{ __type(name: "Person") { name } }');
    expect(typeQuery.status).toBe(401);
    expect((await server.as('analyst').gql('{ __schema { queryType { name } } }')).status).toBe(200);
  });

  test('no field suggestions, no stack traces, security headers, CORS from the allow-list only', async () => {
    const typo = await server.as('analyst').gql('{ agencie(first: 1) { totalCount } }');
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0].message).not.toMatch(/Did you mean/);
    // Nor from variable values: an enum value misspelled in a variable names no real one.
    const enumTypo = await server.as('analyst').gql('query ($k: AgencyKind!) { agencies(first: 1, filter: { kind: { eq: $k } }) { totalCount } }', { k: 'MINISTR' });
    expect(enumTypo.status).toBe(400);
    expect(enumTypo.body.errors?.[0].message).toMatch(/"MINISTR" does not exist in "AgencyKind" enum\.$/);
    expect(JSON.stringify(enumTypo.body)).not.toMatch(/MINISTRY|Did you mean/);
    expect(JSON.stringify(typo.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    const dev = await server.as('analyst').gql('{ x: viewer { name } }');
    expect(dev.headers.get('x-content-type-options')).toBe('nosniff');
    expect(dev.headers.get('x-frame-options')).toBe('DENY');
    expect(dev.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(dev.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    // JSON is never rendered: its policy allows nothing at all.
    expect(dev.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(dev.headers.get('x-powered-by')).toBeNull();

    // An allow-listed origin may read, but not manage tokens.
    const fromDashboard = await server.as('admin').gql('mutation { apiTokenCreate(input: { name: "x", role: ANALYST }) { secret } }', undefined, { origin: 'https://dashboard.example.org' });
    expect(fromDashboard.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    expect(fromDashboard.body.data).toBeNull();
    expect(fromDashboard.body.errors?.[0].message).toMatch(/only from the Coopgraph dashboard itself or by a program/);
    const read = await server.as('analyst').gql('{ viewer { name } }', undefined, { origin: 'https://dashboard.example.org' });
    expect(read.body.data?.viewer.name).toBe('test analyst');

    const allowed = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://dashboard.example.org', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const denied = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });
});
