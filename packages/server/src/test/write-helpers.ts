import type { TestServer } from './harness';

/** Shared fields to read back from any payload. */
export const ERRORS = 'userErrors { field message code } warnings { field message code }';

export interface Payload {
  userErrors: Array<{ field: string[] | null; message: string; code: string }>;
  warnings: Array<{ field: string[] | null; message: string; code: string }>;
  [key: string]: any;
}

let counter = 0;
/** A fresh suffix, so tests in one database do not collide on unique values. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

/** Runs a mutation `name(input: $input) { <selection> userErrors… }` and returns its payload. */
export async function mutation(server: TestServer, name: string, input: Record<string, unknown>, selection = 'id version'): Promise<Payload> {
  const payloadField = PAYLOAD_FIELD[name] ?? name.replace(/^([a-z]+)[A-Z].*$/, '$1');
  const query = `mutation($input: ${INPUT_TYPE[name] ?? `${name[0]!.toUpperCase()}${name.slice(1)}Input`}!) { ${name}(input: $input) { ${payloadField} { ${selection} } ${ERRORS} } }`;
  const data = await server.data<Record<string, Payload>>(query, { input });
  return data[name]!;
}

/** Like mutation, but fails the test on user errors and returns the object. */
export async function ok(server: TestServer, name: string, input: Record<string, unknown>, selection = 'id version'): Promise<any> {
  const payload = await mutation(server, name, input, selection);
  if (payload.userErrors.length) throw new Error(`${name} refused: ${JSON.stringify(payload.userErrors)}`);
  const payloadField = PAYLOAD_FIELD[name] ?? name.replace(/^([a-z]+)[A-Z].*$/, '$1');
  return payload[payloadField];
}

const PAYLOAD_FIELD: Record<string, string> = {
  agreementAddParty: 'party',
  agreementRemoveParty: 'party',
  missionAssignExpert: 'assignment',
  missionUnassignExpert: 'assignment',
  nodeArchive: 'node',
  nodeRestore: 'node',
  nodeCiteSource: 'citation',
  countryDesignatePartner: 'designation',
};

const INPUT_TYPE: Record<string, string> = {
  missionConfirm: 'MissionTransitionInput',
  missionCancel: 'MissionTransitionInput',
  agreementAttachDomains: 'AgreementLinkInput',
  agreementDetachDomains: 'AgreementLinkInput',
  agreementAttachCountries: 'AgreementLinkInput',
  agreementDetachCountries: 'AgreementLinkInput',
  nodeArchive: 'NodeArchiveInput',
  nodeRestore: 'NodeArchiveInput',
};

export const day = (date: string) => ({ precision: 'DAY', date });
export const month = (year: number, m: number) => ({ precision: 'MONTH', year, month: m });
export const en = (text: string) => [{ lang: 'EN', text }];

/** A country by ISO code (seeded), as a global ID. */
export async function countryId(server: TestServer, iso2: string): Promise<string> {
  const { country } = await server.data<{ country: { id: string } }>(`query($c: String!) { country(code: $c) { id } }`, { c: iso2 });
  return country.id;
}

/** An agreement valid over a period, covering the given countries. */
export async function agreement(server: TestServer, validFrom: string | null, validUntil: string | null, countries: string[] = []): Promise<any> {
  const a = await ok(server, 'agreementCreate', { reference: unique('AGR'), title: en('Test agreement'), kind: 'COOPERATION', validFrom, validUntil });
  if (countries.length) await ok(server, 'agreementAttachCountries', { id: a.id, ids: countries });
  return a;
}

export async function agency(server: TestServer, name = 'Test agency'): Promise<any> {
  return ok(server, 'agencyCreate', { kind: 'FEDERAL_PUBLIC_SERVICE', names: [{ lang: 'EN', name }] });
}

export async function expert(server: TestServer, employerId?: string): Promise<any> {
  const employer = employerId ?? (await agency(server)).id;
  const person = await ok(server, 'personCreate', { givenName: 'Ada', familyName: unique('Expert'), email: `${unique('ada')}@example.org` });
  return ok(server, 'expertCreate', { personId: person.id, employerId: employer, languages: ['fr'] });
}

/** A mission in Benin under an agreement covering Benin, with a planned period. */
export async function mission(server: TestServer, agreementId: string, country: string, start: object, end: object): Promise<any> {
  return ok(server, 'missionCreate', { reference: unique('M'), title: en('Test mission'), countryId: country, agreementId, plannedStart: start, plannedEnd: end });
}
