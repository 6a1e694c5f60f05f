import type { DataSource, EntityManager } from 'typeorm';
import { fuzzyDay, fuzzyMonth, fuzzyYear, type StoredFuzzyDate } from '../../graphql/fuzzy-date';
import type { MutationScope } from '../../graphql/mutation';
import { UserError, UserErrorCode } from '../../graphql/user-errors';
import { email, iatiOrgId, kboNumber, languages as checkLanguages, phone, text } from '../../graphql/validate';
import { AgreementKind, AgreementStatus, PartyRole } from '../agreement/agreement.entity';
import { groupBy } from '../../graphql/sql';
import { BulkWriter } from './bulk-writer';
import { list, type ImportRecord } from './parse';

export enum ImportAction {
  CREATE = 'create',
  UPDATE = 'update',
  SKIP = 'skip',
  INVALID = 'invalid',
}

export interface RowReport {
  line: number;
  key: string;
  action: ImportAction;
  problems: UserError[];
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  rows: RowReport[];
  counts: Record<ImportAction, number>;
  historyEntries: number;
}

export interface ImportOptions {
  dryRun: boolean;
  actor: string;
  requestId: string | null;
  /** Called as rows are checked and written: phase, rows done, rows in all. */
  onProgress?: (phase: 'check' | 'write', done: number, total: number) => void;
}

type Raw = Record<string, any>;

/** Collects a row's problems through the same validators the mutations use. */
class RowProblems {
  readonly problems: UserError[] = [];
  error(field: string | null, code: UserErrorCode, message: string): void {
    this.problems.push(Object.assign(new UserError(), { field: field === null ? null : field.split('.'), code, message }));
  }
  warn(): void {}
  get scope(): MutationScope {
    return this as unknown as MutationScope;
  }
}

const PROGRESS_EVERY = 1000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(p: RowProblems, field: string, value: string | undefined): string | null {
  if (!value) return null;
  if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    p.error(field, UserErrorCode.INVALID_FORMAT, `"${value}" is not a day written YYYY-MM-DD.`);
    return null;
  }
  return value;
}

function fuzzyCell(p: RowProblems, field: string, value: string | undefined): StoredFuzzyDate | null {
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return fuzzyYear(Number(value));
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return fuzzyMonth(Number(m[1]), Number(m[2]));
  const d = validDay(p, field, value);
  return d ? fuzzyDay(d) : null;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

function counts(rows: RowReport[]): Record<ImportAction, number> {
  const out = { create: 0, update: 0, skip: 0, invalid: 0 } as Record<ImportAction, number>;
  for (const r of rows) out[r.action] += 1;
  return out;
}

async function run(
  dataSource: DataSource,
  records: ImportRecord[],
  options: ImportOptions,
  plan: (manager: EntityManager) => Promise<{ rows: RowReport[]; apply: (writer: BulkWriter) => Promise<void> }>,
): Promise<ImportReport> {
  return dataSource.transaction(async (manager) => {
    const { rows, apply } = await plan(manager);
    const tally = counts(rows);
    if (options.dryRun || tally.invalid > 0) return { dryRun: options.dryRun, applied: false, rows, counts: tally, historyEntries: 0 };
    const writer = new BulkWriter(manager, options.actor, options.requestId);
    await apply(writer);
    const historyEntries = await writer.flush();
    options.onProgress?.('write', records.length, records.length);
    return { dryRun: false, applied: true, rows, counts: tally, historyEntries };
  });
}

/**
 * Experts, matched on the person's e-mail address: a new address creates a person and an
 * expert; a known one updates what differs, or is skipped when nothing does. Employers are
 * found by KBO number or IATI id, domains by key.
 */
export function importExperts(dataSource: DataSource, records: ImportRecord[], options: ImportOptions): Promise<ImportReport> {
  return run(dataSource, records, options, async (manager) => {
    const cells = records.map((r) => r.cells);
    const emails = [...new Set(cells.map((c) => (c.email ?? '').toLowerCase()).filter(Boolean))];
    const kbos = cells.map((c) => c.employerKbo).filter(Boolean);
    const iatis = cells.map((c) => c.employerIatiId).filter(Boolean);
    const domainKeys = [...new Set(cells.flatMap((c) => list(c.domains)))];
    const agencies = (await manager.query(`SELECT "id", "kbo_number", "iati_org_id" FROM "agency" WHERE "archived_at" IS NULL AND ("kbo_number" = ANY($1) OR "iati_org_id" = ANY($2))`, [kbos, iatis])) as Raw[];
    const byKbo = new Map(agencies.filter((a) => a.kbo_number).map((a) => [a.kbo_number as string, a.id as string]));
    const byIati = new Map(agencies.filter((a) => a.iati_org_id).map((a) => [a.iati_org_id as string, a.id as string]));
    const domains = new Map(((await manager.query(`SELECT "id", "key" FROM "domain" WHERE "key" = ANY($1)`, [domainKeys])) as Raw[]).map((d) => [d.key as string, d.id as string]));
    const people = new Map(((await manager.query(`SELECT p.* FROM "person" p JOIN unnest($1::text[]) AS wanted("email") ON lower(p."email") = wanted."email"`, [emails])) as Raw[]).map((p) => [(p.email as string).toLowerCase(), p]));
    const personIds = [...people.values()].map((p) => p.id);
    const experts = new Map(((await manager.query(`SELECT * FROM "expert" WHERE "person_id" = ANY($1::uuid[])`, [personIds])) as Raw[]).map((e) => [e.person_id as string, e]));
    const expertDomains = (await manager.query(`SELECT * FROM "expert_domain" WHERE "expert_id" = ANY($1::uuid[])`, [[...experts.values()].map((e) => e.id)])) as Raw[];

    const edgesByExpert = groupBy(expertDomains, (r) => r.expert_id as string);
    const rows: RowReport[] = [];
    const work: Array<(w: BulkWriter, batch: Batch) => Promise<void>> = [];
    interface Batch { people: Raw[]; experts: Raw[]; edges: Raw[] }
    const seen = new Set<string>();
    records.forEach((record, index) => {
      const c = record.cells;
      const p = new RowProblems();
      const mail = email(p.scope, 'email', c.email);
      if (!mail) p.error('email', UserErrorCode.REQUIRED, 'Every row needs the expert\'s e-mail address: it is how rows are matched.');
      else if (seen.has(mail)) p.error('email', UserErrorCode.DUPLICATE_IN_FILE, `${mail} appears on an earlier row.`);
      if (mail) seen.add(mail);
      const existingPerson = mail ? people.get(mail) : undefined;
      const existingExpert = existingPerson ? experts.get(existingPerson.id) : undefined;
      const givenName = text(p.scope, 'givenName', c.givenName, 100, !existingPerson);
      const familyName = text(p.scope, 'familyName', c.familyName, 100, !existingPerson);
      const phones = c.phones ? list(c.phones).map((x) => phone(p.scope, 'phones', x)) : null;
      let employerId: string | null = null;
      if (c.employerKbo) {
        const kbo = kboNumber(p.scope, 'employerKbo', c.employerKbo);
        employerId = (kbo && byKbo.get(kbo)) || null;
        if (kbo && !employerId && p.problems.length === 0) p.error('employerKbo', UserErrorCode.NOT_FOUND, `No agency has KBO number ${kbo}.`);
      } else if (c.employerIatiId) {
        const iati = iatiOrgId(p.scope, 'employerIatiId', c.employerIatiId);
        employerId = (iati && byIati.get(iati)) || null;
        if (iati && !employerId) p.error('employerIatiId', UserErrorCode.NOT_FOUND, `No agency has IATI id ${iati}.`);
      } else if (!existingExpert) p.error('employerKbo', UserErrorCode.REQUIRED, 'A new expert needs an employer: employerKbo or employerIatiId.');
      const langs = c.languages ? checkLanguages(p.scope, 'languages', list(c.languages)) : null;
      const domainIds = c.domains
        ? list(c.domains).map((k) => {
            const id = domains.get(k);
            if (!id) p.error('domains', UserErrorCode.NOT_FOUND, `No domain has the key ${k}.`);
            return id ?? '';
          })
        : null;
      const summary = text(p.scope, 'summary', c.summary, 2000);
      const report: RowReport = { line: record.line, key: mail ?? '', action: ImportAction.INVALID, problems: p.problems };
      rows.push(report);
      if ((index + 1) % PROGRESS_EVERY === 0) options.onProgress?.('check', index + 1, records.length);
      if (p.problems.length) return;

      if (!existingPerson || !existingExpert) {
        report.action = existingPerson ? ImportAction.UPDATE : ImportAction.CREATE;
        work.push(async (w, batch) => {
          const personId = existingPerson?.id ?? w.newId();
          if (!existingPerson) batch.people.push({ id: personId, given_name: givenName, family_name: familyName, email: mail, phones: phones ?? [] });
          const expertId = w.newId();
          batch.experts.push({ id: expertId, person_id: personId, employer_id: employerId, languages: langs ?? [], summary });
          for (const domainId of new Set(domainIds ?? [])) batch.edges.push({ id: w.newId(), expert_id: expertId, domain_id: domainId });
        });
        return;
      }
      const personChanges: Raw = {};
      if (givenName && givenName !== existingPerson.given_name) personChanges.given_name = givenName;
      if (familyName && familyName !== existingPerson.family_name) personChanges.family_name = familyName;
      if (phones && !sameList(phones, existingPerson.phones)) personChanges.phones = phones;
      const expertChanges: Raw = {};
      if (employerId && employerId !== existingExpert.employer_id) expertChanges.employer_id = employerId;
      if (langs && !sameList(langs, existingExpert.languages)) expertChanges.languages = langs;
      if (summary && summary !== existingExpert.summary) expertChanges.summary = summary;
      const currentEdges = edgesByExpert.get(existingExpert.id) ?? [];
      const wanted = domainIds ? [...new Set(domainIds)] : null;
      const domainsDiffer = wanted !== null && !sameList(wanted, currentEdges.map((e) => e.domain_id));
      if (!Object.keys(personChanges).length && !Object.keys(expertChanges).length && !domainsDiffer) {
        report.action = ImportAction.SKIP;
        return;
      }
      report.action = ImportAction.UPDATE;
      work.push(async (w, batch) => {
        if (Object.keys(personChanges).length) await w.update('person', 'Person', existingPerson, personChanges);
        if (Object.keys(expertChanges).length || domainsDiffer) await w.update('expert', 'Expert', existingExpert, expertChanges);
        if (domainsDiffer) {
          await w.delete('expert_domain', 'ExpertDomain', currentEdges.filter((e) => !wanted!.includes(e.domain_id)));
          for (const domainId of wanted!.filter((d) => !currentEdges.some((e) => e.domain_id === d))) batch.edges.push({ id: w.newId(), expert_id: existingExpert.id, domain_id: domainId });
        }
      });
    });
    options.onProgress?.('check', records.length, records.length);
    return {
      rows,
      apply: async (w) => {
        const batch: Batch = { people: [], experts: [], edges: [] };
        for (const [i, step] of work.entries()) {
          await step(w, batch);
          if ((i + 1) % PROGRESS_EVERY === 0) options.onProgress?.('write', i + 1, records.length);
        }
        await w.insert('person', 'Person', batch.people);
        await w.insert('expert', 'Expert', batch.experts);
        await w.insert('expert_domain', 'ExpertDomain', batch.edges);
      },
    };
  });
}

const KINDS = new Set<string>(Object.values(AgreementKind));
const PARTY_ROLES = new Set<string>(Object.values(PartyRole));

/** `0264.814.354:implementing` → key and role; no colon means a signatory; an unknown role is null. */
function splitParty(entry: string): { key: string; role: string | null } {
  const colon = entry.lastIndexOf(':');
  if (colon < 0) return { key: entry.trim(), role: PartyRole.SIGNATORY };
  const role = entry.slice(colon + 1).trim().toLowerCase();
  return { key: entry.slice(0, colon).trim(), role: PARTY_ROLES.has(role) ? role : null };
}

function uniqueParties(pairs: Array<{ agency: string; role: string }>): Array<{ agency: string; role: string }> {
  return [...new Map(pairs.map((q) => [`${q.agency}|${q.role}`, q])).values()];
}
const STATUSES = new Set<string>(Object.values(AgreementStatus));

/**
 * Agreements, matched on their reference. Parties are agencies given by KBO number or IATI
 * id, each with its role after a colon (`0264.814.354:implementing`; signatory when none is
 * given), countries by ISO code, domains by key; a list given replaces the agreement's list.
 */
export function importAgreements(dataSource: DataSource, records: ImportRecord[], options: ImportOptions): Promise<ImportReport> {
  return run(dataSource, records, options, async (manager) => {
    const cells = records.map((r) => r.cells);
    const references = [...new Set(cells.map((c) => c.reference).filter(Boolean))];
    const partyKeys = [...new Set(cells.flatMap((c) => list(c.parties).map((entry) => splitParty(entry).key)))];
    const agencies = (await manager.query(`SELECT "id", "kbo_number", "iati_org_id" FROM "agency" WHERE "kbo_number" = ANY($1) OR "iati_org_id" = ANY($1)`, [partyKeys])) as Raw[];
    const agencyByKey = new Map<string, string>();
    for (const a of agencies) {
      if (a.kbo_number) agencyByKey.set(a.kbo_number, a.id);
      if (a.iati_org_id) agencyByKey.set(a.iati_org_id, a.id);
    }
    const countries = new Map(((await manager.query(`SELECT "id", "iso2" FROM "country"`)) as Raw[]).map((c) => [(c.iso2 as string).toUpperCase(), c.id as string]));
    const domains = new Map(((await manager.query(`SELECT "id", "key" FROM "domain"`)) as Raw[]).map((d) => [d.key as string, d.id as string]));
    const existing = new Map(((await manager.query(`SELECT * FROM "agreement" WHERE "reference" = ANY($1)`, [references])) as Raw[]).map((a) => [a.reference as string, a]));
    const ids = [...existing.values()].map((a) => a.id);
    const edgesOf = async (table: string) => groupBy((await manager.query(`SELECT * FROM "${table}" WHERE "agreement_id" = ANY($1::uuid[])`, [ids])) as Raw[], (r) => r.agreement_id as string);
    const parties = await edgesOf('agreement_party');
    const coveredCountries = await edgesOf('agreement_country');
    const coveredDomains = await edgesOf('agreement_domain');

    interface Batch { agreements: Raw[]; parties: Raw[]; countries: Raw[]; domains: Raw[] }
    const rows: RowReport[] = [];
    const work: Array<(w: BulkWriter, batch: Batch) => Promise<void>> = [];
    const seen = new Set<string>();
    records.forEach((record, index) => {
      const c = record.cells;
      const p = new RowProblems();
      const reference = text(p.scope, 'reference', c.reference, 100, true);
      if (reference && seen.has(reference)) p.error('reference', UserErrorCode.DUPLICATE_IN_FILE, `${reference} appears on an earlier row.`);
      if (reference) seen.add(reference);
      const current = reference ? existing.get(reference) : undefined;
      const title = text(p.scope, 'title', c.title, 300, !current);
      const kind = c.kind ? c.kind.toLowerCase() : null;
      if (kind && !KINDS.has(kind)) p.error('kind', UserErrorCode.INVALID_VALUE, `"${c.kind}" is not a kind of agreement (${[...KINDS].join(', ')}).`);
      if (!kind && !current) p.error('kind', UserErrorCode.REQUIRED, 'A new agreement needs a kind.');
      const status = c.status ? c.status.toLowerCase() : null;
      if (status && !STATUSES.has(status)) p.error('status', UserErrorCode.INVALID_VALUE, `"${c.status}" is not a status (${[...STATUSES].join(', ')}).`);
      const validFrom = validDay(p, 'validFrom', c.validFrom);
      const validUntil = validDay(p, 'validUntil', c.validUntil);
      const from = validFrom ?? current?.valid_from ?? null;
      const until = validUntil ?? current?.valid_until ?? null;
      if (from && until && until < from) p.error('validUntil', UserErrorCode.DATE_ORDER, `The last day of validity (${until}) comes before the first (${from}).`);
      const signed = fuzzyCell(p, 'signedOn', c.signedOn);
      const mapList = (cell: string | undefined, field: string, lookup: Map<string, string>, what: string, normalize = (s: string) => s) =>
        cell
          ? [...new Set(list(cell).map((k) => {
              const id = lookup.get(normalize(k));
              if (!id) p.error(field, UserErrorCode.NOT_FOUND, `No ${what} ${k}.`);
              return id ?? '';
            }))]
          : null;
      const partyPairs = c.parties
        ? uniqueParties(
            list(c.parties).map((entry) => {
              const { key, role } = splitParty(entry);
              const agency = agencyByKey.get(key);
              if (!agency) p.error('parties', UserErrorCode.NOT_FOUND, `No agency has the KBO number or IATI id ${key}.`);
              if (!role) p.error('parties', UserErrorCode.INVALID_VALUE, `"${entry}" names no role after the colon (${[...PARTY_ROLES].join(', ')}).`);
              return { agency: agency ?? '', role: role ?? '' };
            }),
          )
        : null;
      const sameParty = (e: Raw, q: { agency: string; role: string }) => e.agency_id === q.agency && e.role === q.role;
      const countryIds = mapList(c.countries, 'countries', countries, 'country has the ISO code', (s) => s.toUpperCase());
      const domainIds = mapList(c.domains, 'domains', domains, 'domain has the key');
      const report: RowReport = { line: record.line, key: reference ?? '', action: ImportAction.INVALID, problems: p.problems };
      rows.push(report);
      if ((index + 1) % PROGRESS_EVERY === 0) options.onProgress?.('check', index + 1, records.length);
      if (p.problems.length) return;

      const edgeRows = (agreementId: string, w: BulkWriter, batch: Batch, keep: { parties: Raw[]; countries: Raw[]; domains: Raw[] }) => {
        for (const q of partyPairs ?? []) if (!keep.parties.some((e) => sameParty(e, q))) batch.parties.push({ id: w.newId(), agreement_id: agreementId, agency_id: q.agency, role: q.role });
        for (const id of countryIds ?? []) if (!keep.countries.some((e) => e.country_id === id)) batch.countries.push({ id: w.newId(), agreement_id: agreementId, country_id: id });
        for (const id of domainIds ?? []) if (!keep.domains.some((e) => e.domain_id === id)) batch.domains.push({ id: w.newId(), agreement_id: agreementId, domain_id: id });
      };
      if (!current) {
        report.action = ImportAction.CREATE;
        work.push(async (w, batch) => {
          const id = w.newId();
          batch.agreements.push({
            id,
            reference,
            title: { en: title },
            kind,
            status: status ?? (signed ? AgreementStatus.SIGNED : AgreementStatus.DRAFT),
            signed: signed?.range ?? null,
            signed_precision: signed?.precision ?? null,
            valid_from: validFrom,
            valid_until: validUntil,
          });
          edgeRows(id, w, batch, { parties: [], countries: [], domains: [] });
        });
        return;
      }
      const changes: Raw = {};
      if (title && title !== current.title?.en) changes.title = { ...current.title, en: title };
      if (kind && kind !== current.kind) changes.kind = kind;
      if (status && status !== current.status) changes.status = status;
      if (validFrom && validFrom !== current.valid_from) changes.valid_from = validFrom;
      if (validUntil && validUntil !== current.valid_until) changes.valid_until = validUntil;
      if (signed && (signed.range !== current.signed || signed.precision !== current.signed_precision)) {
        changes.signed = signed.range;
        changes.signed_precision = signed.precision;
      }
      const mine = (edges: Map<string, Raw[]>) => edges.get(current.id) ?? [];
      const keep = { parties: mine(parties), countries: mine(coveredCountries), domains: mine(coveredDomains) };
      const stale = {
        parties: partyPairs ? keep.parties.filter((e) => !partyPairs.some((q) => sameParty(e, q))) : [],
        countries: countryIds ? keep.countries.filter((e) => !countryIds.includes(e.country_id)) : [],
        domains: domainIds ? keep.domains.filter((e) => !domainIds.includes(e.domain_id)) : [],
      };
      const added =
        (partyPairs ?? []).some((q) => !keep.parties.some((e) => sameParty(e, q))) ||
        (countryIds ?? []).some((id) => !keep.countries.some((e) => e.country_id === id)) ||
        (domainIds ?? []).some((id) => !keep.domains.some((e) => e.domain_id === id));
      if (!Object.keys(changes).length && !added && !stale.parties.length && !stale.countries.length && !stale.domains.length) {
        report.action = ImportAction.SKIP;
        return;
      }
      report.action = ImportAction.UPDATE;
      work.push(async (w, batch) => {
        if (Object.keys(changes).length) await w.update('agreement', 'Agreement', current, changes);
        await w.delete('agreement_party', 'AgreementParty', stale.parties);
        await w.delete('agreement_country', 'AgreementCountry', stale.countries);
        await w.delete('agreement_domain', 'AgreementDomain', stale.domains);
        edgeRows(current.id, w, batch, keep);
      });
    });
    options.onProgress?.('check', records.length, records.length);
    return {
      rows,
      apply: async (w) => {
        const batch: Batch = { agreements: [], parties: [], countries: [], domains: [] };
        for (const [i, step] of work.entries()) {
          await step(w, batch);
          if ((i + 1) % PROGRESS_EVERY === 0) options.onProgress?.('write', i + 1, records.length);
        }
        await w.insert('agreement', 'Agreement', batch.agreements);
        await w.insert('agreement_party', 'AgreementParty', batch.parties);
        await w.insert('agreement_country', 'AgreementCountry', batch.countries);
        await w.insert('agreement_domain', 'AgreementDomain', batch.domains);
      },
    };
  });
}
