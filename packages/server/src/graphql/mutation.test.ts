import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { agency, en, mutation, ok, unique } from '../test/write-helpers';

const totalChanges = async (server: TestServer) =>
  (await server.data<{ changes: { totalCount: number } }>(`{ changes(first: 0) { totalCount } }`)).changes.totalCount;

describe.each(databaseKinds())('mutation machinery: versions, idempotency, rollback, history, archive (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('an update carrying a stale version is refused with CONFLICT and the current version, and writes nothing', async () => {
    const a = await agency(server);
    const first = await ok(server, 'agencyUpdate', { id: a.id, version: a.version, website: 'https://one.example.be' }, 'version website');
    expect(first).toEqual({ version: a.version + 1, website: 'https://one.example.be' });
    const before = await totalChanges(server);
    const stale = await mutation(server, 'agencyUpdate', { id: a.id, version: a.version, website: 'https://two.example.be' });
    expect(stale.agency).toBeNull();
    expect(stale.userErrors).toEqual([
      { field: ['input', 'version'], code: 'CONFLICT', message: expect.stringContaining(`you sent version ${a.version}, the current version is ${a.version + 1}`) },
    ]);
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Agency { website version } } }`, { id: a.id });
    expect(node).toEqual({ website: 'https://one.example.be', version: a.version + 1 });
    expect(await totalChanges(server)).toBe(before);
  });

  test('a create retried with the same idempotency key answers the first result and creates once', async () => {
    const key = unique('key');
    const input = { idempotencyKey: key, kind: 'PUBLIC_INSTITUTION', names: [{ lang: 'EN', name: 'Idempotent agency' }], kboNumber: '0264.814.453' };
    const first = await ok(server, 'agencyCreate', input);
    const changesAfterFirst = await totalChanges(server);
    const retry = await ok(server, 'agencyCreate', input);
    expect(retry.id).toBe(first.id);
    expect(await totalChanges(server)).toBe(changesAfterFirst);
    const reused = await mutation(server, 'personCreate', { idempotencyKey: key, givenName: 'A', familyName: 'B' });
    expect(reused.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringContaining('agencyCreate') }]);
  });

  test('a refused create does not use up its idempotency key', async () => {
    const key = unique('key');
    const refused = await mutation(server, 'personCreate', { idempotencyKey: key, givenName: 'Bad', familyName: 'Mail', email: 'not-an-address' });
    expect(refused.userErrors.map((e) => e.code)).toEqual(['INVALID_FORMAT']);
    const fixed = await ok(server, 'personCreate', { idempotencyKey: key, givenName: 'Good', familyName: 'Mail', email: `${unique('good')}@example.org` }, 'id givenName');
    expect(fixed.givenName).toBe('Good');
  });

  test('a failure half-way (second name of a rename) leaves no row and no history entry behind', async () => {
    const a = await ok(server, 'agencyCreate', { kind: 'MINISTRY', names: [{ lang: 'EN', name: 'Old English' }, { lang: 'NL', name: 'Oud Nederlands' }], namesFrom: '2020-01-01' });
    const renamed = await ok(server, 'agencyRename', { id: a.id, version: a.version, from: '2021-01-01', names: [{ lang: 'EN', name: 'New English' }] });
    const before = await totalChanges(server);
    // NL can be renamed on 2020-06-01 (written first), EN cannot (its name starts in 2021): all is rolled back.
    const refused = await mutation(server, 'agencyRename', { id: a.id, version: renamed.version, from: '2020-06-01', names: [{ lang: 'NL', name: 'Tussen' }, { lang: 'EN', name: 'Between' }] });
    expect(refused.userErrors).toEqual([{ field: ['input', 'from'], code: 'DATE_ORDER', message: expect.stringContaining('2021-01-01') }]);
    expect(await totalChanges(server)).toBe(before);
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Agency { version names { lang name validFrom validUntil } } } }`, { id: a.id });
    expect(node.version).toBe(renamed.version);
    expect(node.names.filter((n: any) => n.lang === 'NL')).toEqual([{ lang: 'NL', name: 'Oud Nederlands', validFrom: '2020-01-01', validUntil: null }]);
  });

  test('every write records actor, time, operation, subject, before and after, with the request ID', async () => {
    const a = await agency(server);
    const start = new Date(Date.now() - 1000).toISOString();
    const response = await server.gql(
      `mutation($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id history(first: 5) { totalCount nodes { actor requestId operation subjectType subjectId occurredAt before after subject { id } } } } userErrors { code } } }`,
      { input: { id: a.id, version: a.version, website: 'https://history.example.be' } },
      { 'x-request-id': 'req-history-1' },
    );
    const history = response.body.data!.agencyUpdate.agency.history;
    expect(history.totalCount).toBe(2);
    const [update, create] = history.nodes;
    const { viewer } = await server.data('{ viewer { actor } }');
    expect(viewer.actor).toMatch(/^token:[0-9a-f-]{36}$/);
    expect(update).toMatchObject({ actor: viewer.actor, requestId: 'req-history-1', operation: 'UPDATE', subjectType: 'Agency', subjectId: a.id, subject: { id: a.id } });
    expect(update.before).toMatchObject({ website: null, version: a.version });
    expect(update.after).toMatchObject({ website: 'https://history.example.be', version: a.version + 1 });
    expect(new Date(update.occurredAt).toISOString() >= start).toBe(true);
    expect(create).toMatchObject({ operation: 'CREATE', before: null, after: expect.objectContaining({ kind: 'federal_public_service' }) });
  });

  test('the changes connection filters by actor, type, operation, subject and period, and pages with cursors', async () => {
    const seedOnly = await server.data(`{ changes(first: 100, filter: { actor: "system:seed" }) { totalCount nodes { actor } } }`);
    expect(seedOnly.changes.totalCount).toBeGreaterThan(50);
    expect(new Set(seedOnly.changes.nodes.map((n: any) => n.actor))).toEqual(new Set(['system:seed']));
    const a = await agency(server);
    await ok(server, 'nodeArchive', { id: a.id, version: a.version }, 'id');
    const archives = await server.data(`query($s: ID!) { changes(first: 10, filter: { subject: $s, operations: [ARCHIVE] }) { totalCount nodes { operation subjectType } } }`, { s: a.id });
    expect(archives.changes).toEqual({ totalCount: 1, nodes: [{ operation: 'ARCHIVE', subjectType: 'Agency' }] });
    const future = await server.data(`{ changes(first: 5, filter: { since: "2999-01-01T00:00:00Z" }) { totalCount } }`);
    expect(future.changes.totalCount).toBe(0);
    const past = await server.data(`{ changes(first: 5, filter: { until: "2000-01-01T00:00:00Z" }) { totalCount } }`);
    expect(past.changes.totalCount).toBe(0);
    const names = await server.data(`{ changes(first: 3, filter: { subjectTypes: ["AgencyName"] }) { totalCount nodes { subjectType } pageInfo { endCursor hasNextPage } } }`);
    expect(names.changes.nodes.every((n: any) => n.subjectType === 'AgencyName')).toBe(true);
    const next = await server.data(`query($after: String) { changes(first: 3, after: $after, filter: { subjectTypes: ["AgencyName"] }) { nodes { subjectId } pageInfo { hasPreviousPage } } }`, {
      after: names.changes.pageInfo.endCursor,
    });
    expect(next.changes.pageInfo.hasPreviousPage).toBe(true);
    expect(next.changes.nodes).toHaveLength(3);
  });

  test('history cannot be changed through the API, and the database refuses to rewrite it', async () => {
    const { __schema } = await server.data(`{ __schema { mutationType { fields { name type { name } args { type { ofType { name } } } } } } }`);
    const fields = __schema.mutationType.fields;
    expect(fields.length).toBeGreaterThan(30);
    expect(fields.filter((f: any) => /change|history/i.test(f.name) || f.type.name === 'Change')).toEqual([]);
    await expect(server.app.db.dataSource.query(`UPDATE "change" SET "actor" = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(server.app.db.dataSource.query(`DELETE FROM "change"`)).rejects.toThrow(/append-only/);
  });

  test('archive and restore instead of delete: archived objects stay readable, cannot be linked, and are restorable', async () => {
    const a = await agency(server);
    const archived = await ok(server, 'nodeArchive', { id: a.id, version: a.version }, 'id ... on Agency { version archivedAt }');
    expect(archived.archivedAt).not.toBeNull();
    const again = await mutation(server, 'nodeArchive', { id: a.id, version: archived.version }, 'id');
    expect(again.userErrors.map((e) => e.code)).toEqual(['ARCHIVED']);
    const person = await ok(server, 'personCreate', { givenName: 'Linked', familyName: 'Later' });
    const refused = await mutation(server, 'expertCreate', { personId: person.id, employerId: a.id });
    expect(refused.userErrors).toEqual([{ field: ['input', 'employerId'], code: 'ARCHIVED', message: expect.any(String) }]);
    const restored = await ok(server, 'nodeRestore', { id: a.id, version: archived.version }, 'id ... on Agency { archivedAt }');
    expect(restored.archivedAt).toBeNull();
    expect((await mutation(server, 'nodeRestore', { id: a.id, version: archived.version + 1 }, 'id')).userErrors.map((e) => e.code)).toEqual(['NOT_ARCHIVED']);
    expect((await mutation(server, 'nodeArchive', { id: 'nonsense', version: 1 }, 'id')).userErrors.map((e) => e.code)).toEqual(['INVALID_FORMAT']);
  });

  test('any node or edge can cite a source', async () => {
    const source = await ok(server, 'sourceCreate', { key: unique('doc').toLowerCase(), kind: 'WEBSITE', title: 'A page', url: 'https://example.be/page', language: 'nl', publishedOn: { precision: 'YEAR', year: 2019 } }, 'id publishedOn { iso }');
    expect(source.publishedOn.iso).toBe('2019');
    const a = await agency(server);
    const citation = await ok(server, 'nodeCiteSource', { subjectId: a.id, sourceId: source.id, locator: 'p. 2', quote: 'It exists.' }, 'id quote locator source { id }');
    expect(citation).toMatchObject({ quote: 'It exists.', locator: 'p. 2', source: { id: source.id } });
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Agency { sources { id } } } }`, { id: a.id });
    expect(node.sources).toEqual([{ id: source.id }]);
    expect((await mutation(server, 'nodeCiteSource', { subjectId: a.id, sourceId: source.id }, 'id')).userErrors.map((e) => e.code)).toEqual(['ALREADY_LINKED']);
    const badUrl = await mutation(server, 'sourceCreate', { key: 'bad-url', kind: 'WEBSITE', title: 'x', url: 'ftp://nope', language: 'xx' }, 'id');
    expect(badUrl.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'url'], 'INVALID_FORMAT'],
      [['input', 'language'], 'INVALID_FORMAT'],
    ]);
    const updated = await ok(server, 'sourceUpdate', { id: source.id, version: 1, title: 'A better title' }, 'title version');
    expect(updated).toEqual({ title: 'A better title', version: 2 });
  });

  test('domains and countries: create and update with key, code and cycle checks', async () => {
    const root = await ok(server, 'domainCreate', { key: unique('root').toLowerCase(), label: en('Root'), dacCodes: ['15110'] }, 'id version key');
    const child = await ok(server, 'domainCreate', { key: unique('child').toLowerCase(), parentId: root.id, label: en('Child') }, 'id version parent { id }');
    expect(child.parent.id).toBe(root.id);
    const bad = await mutation(server, 'domainCreate', { key: 'Not A Key', label: [], dacCodes: ['151'] }, 'id');
    expect(bad.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'key'], 'INVALID_FORMAT'],
      [['input', 'label'], 'REQUIRED'],
      [['input', 'dacCodes', '0'], 'INVALID_FORMAT'],
    ]);
    expect((await mutation(server, 'domainCreate', { key: root.key, label: en('Again') }, 'id')).userErrors.map((e) => e.code)).toEqual(['TAKEN']);
    const cycle = await mutation(server, 'domainUpdate', { id: root.id, version: root.version, parentId: child.id }, 'id');
    expect(cycle.userErrors).toEqual([{ field: ['input', 'parentId'], code: 'INVALID_VALUE', message: expect.stringContaining('under itself') }]);
    const relabelled = await ok(server, 'domainUpdate', { id: child.id, version: child.version, label: en('Renamed child') }, 'label version');
    expect(relabelled).toEqual({ label: 'Renamed child', version: child.version + 1 });

    const badCountry = await mutation(server, 'countryCreate', { iso2: 'B1', iso3: 'BELG', isoNumeric: '12', name: en('x') }, 'id');
    expect(badCountry.userErrors.map((e) => e.field![1])).toEqual(['iso2', 'iso3', 'isoNumeric']);
    expect((await mutation(server, 'countryCreate', { iso2: 'BJ', name: en('Benin again') }, 'id')).userErrors.map((e) => e.code)).toEqual(['TAKEN']);
    const nl = await ok(server, 'countryCreate', { iso2: 'NL', iso3: 'NLD', isoNumeric: '528', name: en('Netherlands') }, 'id version');
    const renamed = await ok(server, 'countryUpdate', { id: nl.id, version: nl.version, name: [{ lang: 'NL', text: 'Nederland' }] }, 'name(lang: NL)');
    expect(renamed).toEqual({ name: 'Nederland' });
  });

  test('text lengths are checked and reported on the field', async () => {
    const long = 'x'.repeat(301);
    const refused = await mutation(server, 'agencyCreate', { kind: 'MINISTRY', names: [{ lang: 'EN', name: long, acronym: 'y'.repeat(31) }] });
    expect(refused.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'names', '0', 'name'], 'TOO_LONG'],
      [['input', 'names', '0', 'acronym'], 'TOO_LONG'],
    ]);
    expect(refused.userErrors[0]!.message).toContain('At most 300 characters');
  });
});
