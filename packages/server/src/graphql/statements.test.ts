import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { unique } from '../test/write-helpers';

/**
 * Adds `count` agencies, each party to two agreements; each agreement covers two domains
 * and two countries and has two missions; each mission has two experts, each employed by
 * the agency and expert in two domains. Two children per parent at every level.
 */
async function addFamilies(ds: DataSource, count: number, offset: number, shared: { domains: string[]; countries: string[] }): Promise<void> {
  await ds.transaction(async (m) => {
    for (let i = offset; i < offset + count; i += 1) {
      const agency = randomUUID();
      await m.query(`INSERT INTO agency (id, kind) VALUES ($1, 'ministry')`, [agency]);
      await m.query(`INSERT INTO agency_name (agency_id, lang, name, acronym) VALUES ($1, 'en', $2, $3), ($1, 'fr', $4, $3)`, [agency, `Agency ${i}`, `A${i}`, `Agence ${i}`]);
      for (let a = 0; a < 2; a += 1) {
        const agreement = randomUUID();
        await m.query(`INSERT INTO agreement (id, reference, title, kind, status) VALUES ($1, $2, $3, 'cooperation', 'signed')`, [agreement, `AG-${i}-${a}`, JSON.stringify({ en: `Agreement ${i}.${a}` })]);
        await m.query(`INSERT INTO agreement_party (agreement_id, agency_id, role) VALUES ($1, $2, 'signatory'), ($1, $2, 'implementing')`, [agreement, agency]);
        await m.query(`INSERT INTO agreement_domain (agreement_id, domain_id) VALUES ($1, $2), ($1, $3)`, [agreement, ...shared.domains]);
        await m.query(`INSERT INTO agreement_country (agreement_id, country_id) VALUES ($1, $2), ($1, $3)`, [agreement, ...shared.countries]);
        for (let s = 0; s < 2; s += 1) {
          const mission = randomUUID();
          await m.query(`INSERT INTO mission (id, reference, title, status, country_id, agreement_id) VALUES ($1, $2, $3, 'planned', $4, $5)`, [mission, `MI-${i}-${a}-${s}`, JSON.stringify({ en: `Mission ${i}.${a}.${s}` }), shared.countries[s], agreement]);
          for (let e = 0; e < 2; e += 1) {
            const person = randomUUID();
            const expert = randomUUID();
            await m.query(`INSERT INTO person (id, given_name, family_name) VALUES ($1, 'Expert', $2)`, [person, `${i}-${a}-${s}-${e}`]);
            await m.query(`INSERT INTO expert (id, person_id, employer_id, languages) VALUES ($1, $2, $3, '{fr,nl}')`, [expert, person, agency]);
            await m.query(`INSERT INTO expert_domain (expert_id, domain_id) VALUES ($1, $2), ($1, $3)`, [expert, ...shared.domains]);
            await m.query(`INSERT INTO assignment (mission_id, expert_id, role, days) VALUES ($1, $2, $3, 5)`, [mission, expert, e === 0 ? 'lead' : 'member']);
          }
        }
      }
    }
  });
}

const NESTED = `{
  agencies(first: 100) {
    totalCount
    nodes {
      id name acronym(lang: FR)
      agreements(first: 10) {
        totalCount
        nodes {
          reference title
          domains { key label }
          countries { iso2 name }
          parties { role }
          missions(first: 10) {
            nodes {
              reference title country { name }
              assignments { role days }
              experts { name languages employer { name } domains { key } }
            }
          }
        }
      }
    }
  }
}`;

describe.each(databaseKinds())('SQL statements per request (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    // NESTED walks five levels of plain (unpaged) lists: with the default estimate of 10 items
    // per list it costs 1,351,101, over the default limit. The limit is raised here because
    // this test measures statements, not cost (http/limits.test.ts tests the cost).
    server = await startTestServer(kind, { seed: false, env: { QUERY_MAX_COST: '2000000' } });
  });
  afterAll(() => server?.close());

  test('a four-level nested query sends as many statements on 10x the rows', async () => {
    const ds = server.app.db.dataSource;
    const domains = [randomUUID(), randomUUID()];
    const countries = [randomUUID(), randomUUID()];
    await ds.query(`INSERT INTO domain (id, key, label) VALUES ($1, 'd-one', '{"en":"One"}'), ($2, 'd-two', '{"en":"Two"}')`, domains);
    await ds.query(`INSERT INTO country (id, iso2, name) VALUES ($1, 'XA', '{"en":"Xa"}'), ($2, 'XB', '{"en":"Xb"}')`, countries);

    await addFamilies(ds, 3, 0, { domains, countries });
    const small = await server.gql(NESTED);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data!.agencies.nodes).toHaveLength(3);

    await addFamilies(ds, 27, 3, { domains, countries });
    const large = await server.gql(NESTED);
    expect(large.body.errors).toBeUndefined();
    const agencies = large.body.data!.agencies.nodes;
    expect(agencies).toHaveLength(30);
    // The data really has two children per parent at every level.
    for (const agency of agencies) {
      expect(agency.agreements.nodes).toHaveLength(2);
      expect(agency.agreements.totalCount).toBe(2);
      for (const agreement of agency.agreements.nodes) {
        expect(agreement.domains).toHaveLength(2);
        expect(agreement.missions.nodes).toHaveLength(2);
        for (const mission of agreement.missions.nodes) {
          expect(mission.experts).toHaveLength(2);
          expect(mission.experts[0].domains).toHaveLength(2);
        }
      }
    }

    const statements = { small: small.body.extensions!.sqlStatements, large: large.body.extensions!.sqlStatements };
    expect(statements.small).toBeGreaterThan(0);
    expect(statements.large).toBe(statements.small);
    // One statement per relation level (two for many-to-many edges), never one per row.
    expect(statements.large).toBeLessThanOrEqual(20);
  });

  test('concurrent requests each count their own statements, reads and writes alike', async () => {
    // The count travels with the connection a request holds (no async context): requests
    // interleaved on the pool must not take each other's statements.
    const nested = () => server.gql(NESTED);
    const shallow = () => server.gql('{ agencies(first: 3) { nodes { id name } } }');
    const write = () =>
      server.gql('mutation($input: PersonCreateInput!) { personCreate(input: $input) { person { id } userErrors { code } } }', {
        input: { givenName: 'Count', familyName: unique('statements') },
      });
    const alone = {
      nested: (await nested()).body.extensions!.sqlStatements as number,
      shallow: (await shallow()).body.extensions!.sqlStatements as number,
      write: (await write()).body.extensions!.sqlStatements as number,
    };
    expect(alone.shallow).toBeGreaterThanOrEqual(1);
    expect(alone.nested).toBeGreaterThan(alone.shallow);
    // A transaction through TypeORM: BEGIN, the writes, the history row, COMMIT.
    expect(alone.write).toBeGreaterThanOrEqual(3);

    const kinds = Array.from({ length: 24 }, (_, i) => (['nested', 'shallow', 'write'] as const)[i % 3]!);
    const answers = await Promise.all(kinds.map((k) => (k === 'nested' ? nested() : k === 'shallow' ? shallow() : write())));
    answers.forEach((answer, i) => {
      expect(answer.body.errors).toBeUndefined();
      expect({ kind: kinds[i], statements: answer.body.extensions!.sqlStatements }).toEqual({ kind: kinds[i], statements: alone[kinds[i]!] });
    });
  });
});
