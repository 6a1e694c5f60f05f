import type { Context } from '../../graphql/context';
import type { StoredFuzzyDate } from '../../graphql/fuzzy-date';
import { intervalOf, toLocalizedText, toStoredFuzzyDate } from '../../graphql/inputs';
import { mutate, type MutationScope } from '../../graphql/mutation';
import { UserErrorCode } from '../../graphql/user-errors';
import { isAfter, outside, report, text } from '../../graphql/validate';
import { Agreement, AgreementCountry } from '../agreement/agreement.entity';
import { Country, PartnerDesignation } from '../country/country.entity';
import { Domain } from '../domain/domain.entity';
import { Availability, Expert } from '../expert/expert.entity';
import { Assignment, Mission, MissionDomain, MissionStatus } from './mission.entity';
import { availabilityFindings, bookingFindings, describe, periodOf, spans } from './mission-period';
import {
  AssignmentPayload,
  MissionPayload,
  type MissionAssignExpertInput,
  type MissionCompleteInput,
  type MissionCreateInput,
  type MissionPlanInput,
  type MissionStartInput,
  type MissionTransitionInput,
  type MissionUnassignExpertInput,
  type MissionUpdateInput,
} from './mission.inputs';

/** Where each status may go next. */
export const TRANSITIONS: Record<MissionStatus, MissionStatus[]> = {
  [MissionStatus.CONSIDERED]: [MissionStatus.PLANNED, MissionStatus.CANCELLED],
  [MissionStatus.PLANNED]: [MissionStatus.CONFIRMED, MissionStatus.CANCELLED],
  [MissionStatus.CONFIRMED]: [MissionStatus.ONGOING, MissionStatus.CANCELLED],
  [MissionStatus.ONGOING]: [MissionStatus.COMPLETED, MissionStatus.CANCELLED],
  [MissionStatus.COMPLETED]: [],
  [MissionStatus.CANCELLED]: [],
};

const VERB: Record<MissionStatus, string> = {
  [MissionStatus.CONSIDERED]: 'consider',
  [MissionStatus.PLANNED]: 'missionPlan',
  [MissionStatus.CONFIRMED]: 'missionConfirm',
  [MissionStatus.ONGOING]: 'missionStart',
  [MissionStatus.COMPLETED]: 'missionComplete',
  [MissionStatus.CANCELLED]: 'missionCancel',
};

const upper = (s: MissionStatus) => s.toUpperCase();


/**
 * The rules a mission's dates, agreement and country must keep. A violation that is
 * certain is an error; one that a date known only to the month or year makes possible is
 * a warning.
 */
async function checkMission(
  scope: MutationScope,
  m: Pick<Mission, 'countryId' | 'agreementId' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'>,
): Promise<void> {
  for (const [startField, endField, start, end] of [
    ['plannedStart', 'plannedEnd', m.plannedStart, m.plannedEnd],
    ['actualStart', 'actualEnd', m.actualStart, m.actualEnd],
  ] as const) {
    const s = intervalOf(start);
    const e = intervalOf(end);
    if (s && e) {
      report(scope, isAfter(s, e), endField, UserErrorCode.DATE_ORDER, `The end (${describe(e)}) comes before the start (${describe(s)}).`, `The end (${describe(e)}) may come before the start (${describe(s)}): a date is known only roughly.`);
    }
    void startField;
  }
  const period = periodOf(m);
  const agreement = m.agreementId ? await scope.manager.findOneBy(Agreement, { id: m.agreementId }) : null;
  if (agreement && (agreement.validFrom || agreement.validUntil)) {
    const validity = `${agreement.validFrom ?? '…'} to ${agreement.validUntil ?? '…'}`;
    if (period.start) {
      report(scope, outside(period.start, agreement.validFrom, agreement.validUntil), m.actualStart ? 'actualStart' : 'plannedStart', UserErrorCode.OUTSIDE_AGREEMENT_PERIOD,
        `The mission starts (${describe(period.start)}) outside the validity of agreement ${agreement.reference} (${validity}).`,
        `The mission may start (${describe(period.start)}) outside the validity of agreement ${agreement.reference} (${validity}): its start is known only roughly.`);
    }
    if (period.end) {
      report(scope, outside(period.end, agreement.validFrom, agreement.validUntil), m.actualEnd ? 'actualEnd' : 'plannedEnd', UserErrorCode.OUTSIDE_AGREEMENT_PERIOD,
        `The mission ends (${describe(period.end)}) outside the validity of agreement ${agreement.reference} (${validity}).`,
        `The mission may end (${describe(period.end)}) outside the validity of agreement ${agreement.reference} (${validity}): its end is known only roughly.`);
    }
  }
  // The country: covered by the agreement, or a partner country when the mission starts.
  if (agreement && (await scope.manager.countBy(AgreementCountry, { agreementId: agreement.id, countryId: m.countryId })) > 0) return;
  const designations = await scope.manager.findBy(PartnerDesignation, { countryId: m.countryId });
  const country = await scope.manager.findOneBy(Country, { id: m.countryId });
  const name = country?.name.en ?? country?.iso2 ?? 'this country';
  const at = period.start ?? { earliest: null, latest: null };
  const certainties = designations.filter((d) => !d.archivedAt).map((d) => outside(at, d.validFrom, d.validUntil));
  const certainty = certainties.includes('none') ? 'none' : certainties.includes('possible') ? 'possible' : 'certain';
  const by = agreement ? `not covered by agreement ${agreement.reference}` : 'not covered by an agreement';
  report(scope, certainty, 'countryId', UserErrorCode.COUNTRY_NOT_COVERED,
    `${name} is ${by} and not a partner country when the mission starts.`,
    `${name} is ${by} and may not be a partner country when the mission starts (${describe(at)}).`);
}

async function domainIds(scope: MutationScope, ids: string[] | null | undefined): Promise<string[]> {
  const out: string[] = [];
  for (const [index, id] of (ids ?? []).entries()) {
    const domain = await scope.find(Domain, id, `domainIds.${index}`);
    if (domain && !out.includes(domain.id)) out.push(domain.id);
  }
  return out;
}

async function referenceFree(scope: MutationScope, reference: string | null, exceptId?: string): Promise<void> {
  if (!reference) return;
  const other = await scope.manager.findOneBy(Mission, { reference });
  if (other && other.id !== exceptId) scope.error('reference', UserErrorCode.TAKEN, `Another mission already has the reference ${reference}.`);
}

const replayMission = (manager: MutationScope['manager'], id: string) => manager.findOneBy(Mission, { id });

function fuzzyColumns(prefix: 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd', stored: StoredFuzzyDate | null): Partial<Mission> {
  return { [prefix]: stored?.range ?? null, [`${prefix}Precision`]: stored?.precision ?? null } as Partial<Mission>;
}

export const missionService = {
  create(ctx: Context, input: MissionCreateInput) {
    return mutate(ctx, MissionPayload, { operation: 'missionCreate', idempotencyKey: input.idempotencyKey, replay: replayMission }, async (scope) => {
      const reference = text(scope, 'reference', input.reference, 100, true);
      const title = toLocalizedText(scope, 'title', input.title, 300, true);
      const objectives = toLocalizedText(scope, 'objectives', input.objectives, 5000, false);
      const beneficiary = text(scope, 'beneficiary', input.beneficiary, 300);
      const country = await scope.find(Country, input.countryId, 'countryId');
      const agreement = await scope.find(Agreement, input.agreementId, 'agreementId');
      const start = toStoredFuzzyDate(scope, 'plannedStart', input.plannedStart);
      const end = toStoredFuzzyDate(scope, 'plannedEnd', input.plannedEnd);
      const domains = await domainIds(scope, input.domainIds);
      await referenceFree(scope, reference);
      scope.check();
      const values: Partial<Mission> = {
        reference: reference!,
        title: title!,
        kind: input.kind ?? null,
        status: MissionStatus.CONSIDERED,
        countryId: country!.id,
        agreementId: agreement?.id ?? null,
        beneficiary,
        objectives,
        ...fuzzyColumns('plannedStart', start),
        ...fuzzyColumns('plannedEnd', end),
        actualStart: null,
        actualEnd: null,
      };
      await checkMission(scope, values as Mission);
      scope.check();
      const mission = await scope.create(Mission, values);
      for (const domainId of domains) await scope.create(MissionDomain, { missionId: mission.id, domainId });
      return mission;
    });
  },

  update(ctx: Context, input: MissionUpdateInput) {
    return mutate(ctx, MissionPayload, { operation: 'missionUpdate' }, async (scope) => {
      const before = await scope.find(Mission, input.id, 'id');
      scope.check();
      const changes: Partial<Mission> = {};
      if (input.reference !== undefined) {
        changes.reference = text(scope, 'reference', input.reference, 100, true)!;
        await referenceFree(scope, changes.reference, before!.id);
      }
      if (input.title !== undefined) changes.title = toLocalizedText(scope, 'title', input.title, 300, true)!;
      if (input.objectives !== undefined) changes.objectives = toLocalizedText(scope, 'objectives', input.objectives, 5000, false);
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.beneficiary !== undefined) changes.beneficiary = text(scope, 'beneficiary', input.beneficiary, 300);
      if (input.countryId !== undefined) {
        if (input.countryId === null) scope.error('countryId', UserErrorCode.REQUIRED, 'A mission takes place in a country.');
        else changes.countryId = (await scope.find(Country, input.countryId, 'countryId'))?.id;
      }
      if (input.agreementId !== undefined) changes.agreementId = input.agreementId === null ? null : ((await scope.find(Agreement, input.agreementId, 'agreementId'))?.id ?? null);
      if (input.plannedStart !== undefined) Object.assign(changes, fuzzyColumns('plannedStart', toStoredFuzzyDate(scope, 'plannedStart', input.plannedStart)));
      if (input.plannedEnd !== undefined) Object.assign(changes, fuzzyColumns('plannedEnd', toStoredFuzzyDate(scope, 'plannedEnd', input.plannedEnd)));
      scope.check();
      await checkMission(scope, { ...before!, ...changes });
      return scope.update(Mission, before!, input.version, changes);
    });
  },

  transition(ctx: Context, input: MissionTransitionInput & Partial<MissionPlanInput & MissionStartInput & MissionCompleteInput>, to: MissionStatus) {
    return mutate(ctx, MissionPayload, { operation: VERB[to] }, async (scope) => {
      const before = await scope.find(Mission, input.id, 'id');
      scope.check();
      const allowed = TRANSITIONS[before!.status];
      if (!allowed.includes(to)) {
        const next = allowed.length ? `From ${upper(before!.status)} it can go to ${allowed.map(upper).join(' or ')} (${allowed.map((s) => VERB[s]).join(', ')}).` : `${upper(before!.status)} is final: nothing can follow it.`;
        scope.fail('id', UserErrorCode.ILLEGAL_TRANSITION, `A ${upper(before!.status)} mission cannot become ${upper(to)}. ${next}`);
      }
      const changes: Partial<Mission> = { status: to };
      if (input.plannedStart !== undefined) Object.assign(changes, fuzzyColumns('plannedStart', toStoredFuzzyDate(scope, 'plannedStart', input.plannedStart)));
      if (input.plannedEnd !== undefined) Object.assign(changes, fuzzyColumns('plannedEnd', toStoredFuzzyDate(scope, 'plannedEnd', input.plannedEnd)));
      if (input.actualStart !== undefined) Object.assign(changes, fuzzyColumns('actualStart', toStoredFuzzyDate(scope, 'actualStart', input.actualStart)));
      if (input.actualEnd !== undefined) Object.assign(changes, fuzzyColumns('actualEnd', toStoredFuzzyDate(scope, 'actualEnd', input.actualEnd)));
      if (input.outcome !== undefined) changes.outcome = toLocalizedText(scope, 'outcome', input.outcome, 5000, false);
      const next = { ...before!, ...changes };
      if (to === MissionStatus.PLANNED) {
        if (!next.plannedStart) scope.error('plannedStart', UserErrorCode.REQUIRED, 'A planned mission needs a planned start.');
        if (!next.plannedEnd) scope.error('plannedEnd', UserErrorCode.REQUIRED, 'A planned mission needs a planned end.');
      }
      scope.check();
      await checkMission(scope, next);
      return scope.update(Mission, before!, input.version, changes);
    });
  },

  assignExpert(ctx: Context, input: MissionAssignExpertInput) {
    return mutate(ctx, AssignmentPayload, { operation: 'missionAssignExpert', dryRun: input.dryRun }, async (scope) => {
      const mission = await scope.find(Mission, input.missionId, 'missionId');
      const expertRef = await scope.find(Expert, input.expertId, 'expertId');
      if (input.days != null && (input.days <= 0 || input.days > 366)) scope.error('days', UserErrorCode.INVALID_VALUE, 'Days must be more than 0 and at most 366.');
      const accepted = input.acceptConflicts ?? [];
      accepted.forEach((code, index) => {
        if (code !== UserErrorCode.EXPERT_DOUBLE_BOOKED) scope.error(`acceptConflicts.${index}`, UserErrorCode.INVALID_VALUE, `Only EXPERT_DOUBLE_BOOKED can be accepted, not ${code}.`);
      });
      scope.check();
      if (mission!.status === MissionStatus.COMPLETED || mission!.status === MissionStatus.CANCELLED) {
        scope.fail('missionId', UserErrorCode.ILLEGAL_TRANSITION, `Experts cannot be assigned to a ${upper(mission!.status)} mission.`);
      }
      // Lock the expert: two coordinators booking the same expert at once are served one after the other.
      await scope.manager.query('SELECT "id" FROM "expert" WHERE "id" = $1 FOR UPDATE', [expertRef!.id]);
      const existing = await scope.manager.findOneBy(Assignment, { missionId: mission!.id, expertId: expertRef!.id });
      if (existing) scope.fail('expertId', UserErrorCode.ALREADY_LINKED, 'This expert is already assigned to this mission.');

      const mine = spans(periodOf(mission!));
      const conflicts: string[] = [];
      if (mission!.plannedStart || mission!.actualStart || mission!.plannedEnd || mission!.actualEnd) {
        const others = (await scope.manager.query(
          `SELECT m."reference", m."planned_start" AS "plannedStart", m."planned_end" AS "plannedEnd", m."actual_start" AS "actualStart", m."actual_end" AS "actualEnd"
             FROM "assignment" a JOIN "mission" m ON m."id" = a."mission_id"
            WHERE a."expert_id" = $1 AND a."archived_at" IS NULL AND m."archived_at" IS NULL AND m."id" <> $2 AND m."status" <> 'cancelled'`,
          [expertRef!.id, mission!.id],
        )) as Array<Pick<Mission, 'reference' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'>>;
        for (const finding of bookingFindings(mine, others)) {
          if (!finding.certain) scope.warn('expertId', UserErrorCode.EXPERT_DOUBLE_BOOKED, finding.message);
          else if (accepted.includes(UserErrorCode.EXPERT_DOUBLE_BOOKED)) conflicts.push(`${UserErrorCode.EXPERT_DOUBLE_BOOKED}:${finding.reference}`);
          else scope.error('expertId', UserErrorCode.EXPERT_DOUBLE_BOOKED, `${finding.message} Send acceptConflicts: [EXPERT_DOUBLE_BOOKED] to assign anyway.`);
        }
        const periods = (await scope.manager.findBy(Availability, { expertId: expertRef!.id })).filter((p) => !p.archivedAt);
        for (const finding of availabilityFindings(mine, periods)) {
          if (finding.certain) scope.error('expertId', UserErrorCode.EXPERT_UNAVAILABLE, finding.message);
          else scope.warn('expertId', UserErrorCode.EXPERT_UNAVAILABLE, finding.message);
        }
      }
      scope.check();
      return scope.create(Assignment, { missionId: mission!.id, expertId: expertRef!.id, role: input.role, days: input.days ?? null, acceptedConflicts: conflicts });
    });
  },

  unassignExpert(ctx: Context, input: MissionUnassignExpertInput) {
    return mutate(ctx, AssignmentPayload, { operation: 'missionUnassignExpert' }, async (scope) => {
      const assignment = await scope.find(Assignment, input.assignmentId, 'assignmentId', { allowArchived: true });
      scope.check();
      await scope.remove(Assignment, assignment!);
      return assignment;
    });
  },
};
