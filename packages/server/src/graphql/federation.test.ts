import { randomUUID } from 'node:crypto';
import { toGlobalId } from './global-id';
import { seedId } from '../seed/ids';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

describe.each(databaseKinds())('Apollo Federation subgraph (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('_service publishes the SDL with every node type as an entity keyed by id', async () => {
    const { _service } = await server.data(`{ _service { sdl } }`);
    expect(_service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    for (const type of ['Agency', 'Agreement', 'Mission', 'Expert', 'Domain', 'Country', 'AgreementParty', 'Assignment']) {
      expect(_service.sdl).toMatch(new RegExp(`(type|extend type) ${type}\\b[^{]*@key\\(fields: "id"\\)`));
    }
  });

  test('_entities resolves references to agencies and missions, null for an unknown or mistyped one', async () => {
    const bosa = toGlobalId('Agency', seedId('agency:bosa'));
    const benin = toGlobalId('Mission', seedId('mission:benin-2017-07'));
    const { _entities } = await server.data(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Agency { id name(lang: NL) } ... on Mission { reference country { iso2 } } } }`,
      {
        r: [
          { __typename: 'Agency', id: bosa },
          { __typename: 'Mission', id: benin },
          { __typename: 'Agency', id: toGlobalId('Agency', randomUUID()) },
          { __typename: 'Agency', id: benin },
        ],
      },
    );
    expect(_entities).toEqual([
      { __typename: 'Agency', id: bosa, name: 'Federale Overheidsdienst Beleid en Ondersteuning' },
      { __typename: 'Mission', reference: 'BJ-2017-07-HRM', country: { iso2: 'BJ' } },
      null,
      null,
    ]);
  });
});
