import type { Context } from '../../graphql/context';
import { mutate, type MutationScope } from '../../graphql/mutation';
import { UserErrorCode } from '../../graphql/user-errors';
import { dayOrder, languages, text } from '../../graphql/validate';
import { Agency } from '../agency/agency.entity';
import { Domain } from '../domain/domain.entity';
import { Person } from '../person/person.entity';
import { Availability, Expert, ExpertDomain } from './expert.entity';
import type { Mission } from '../mission/mission.entity';
import { availabilityFindings, periodOf, spans } from '../mission/mission-period';
import { ExpertPayload, type ExpertCreateInput, type ExpertSetAvailabilityInput, type ExpertSetExpertiseInput, type ExpertUpdateInput } from './expert.inputs';

async function domains(scope: MutationScope, ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const [i, id] of ids.entries()) {
    const d = await scope.find(Domain, id, `domainIds.${i}`);
    if (d && !out.includes(d.id)) out.push(d.id);
  }
  return out;
}

/** Makes the expert's domains exactly `wanted`, recording each edge added or removed. */
async function setDomains(scope: MutationScope, expertId: string, wanted: string[]): Promise<void> {
  const current = await scope.manager.findBy(ExpertDomain, { expertId });
  for (const edge of current) if (!wanted.includes(edge.domainId)) await scope.remove(ExpertDomain, edge);
  for (const domainId of wanted) if (!current.some((e) => e.domainId === domainId)) await scope.create(ExpertDomain, { expertId, domainId });
}

const replay = (manager: MutationScope['manager'], id: string) => manager.findOneBy(Expert, { id });

export const expertService = {
  create(ctx: Context, input: ExpertCreateInput) {
    return mutate(ctx, ExpertPayload, { operation: 'expertCreate', idempotencyKey: input.idempotencyKey, replay }, async (scope) => {
      const person = await scope.find(Person, input.personId, 'personId');
      const employer = await scope.find(Agency, input.employerId, 'employerId');
      const langs = languages(scope, 'languages', input.languages ?? []);
      const summary = text(scope, 'summary', input.summary, 2000);
      const domainIds = await domains(scope, input.domainIds ?? []);
      if (person && (await scope.manager.findOneBy(Expert, { personId: person.id }))) scope.error('personId', UserErrorCode.TAKEN, 'This person already has an expert profile.');
      scope.check();
      const expert = await scope.create(Expert, { personId: person!.id, employerId: employer!.id, languages: langs, summary });
      await setDomains(scope, expert.id, domainIds);
      return expert;
    });
  },

  update(ctx: Context, input: ExpertUpdateInput) {
    return mutate(ctx, ExpertPayload, { operation: 'expertUpdate' }, async (scope) => {
      const before = await scope.find(Expert, input.id, 'id');
      const changes: Partial<Expert> = {};
      if (input.employerId != null) changes.employerId = (await scope.find(Agency, input.employerId, 'employerId'))?.id;
      if (input.summary !== undefined) changes.summary = text(scope, 'summary', input.summary, 2000);
      scope.check();
      return scope.update(Expert, before!, input.version, changes);
    });
  },

  setAvailability(ctx: Context, input: ExpertSetAvailabilityInput) {
    return mutate(ctx, ExpertPayload, { operation: 'expertSetAvailability' }, async (scope) => {
      const expert = await scope.find(Expert, input.id, 'id');
      input.periods.forEach((p, i) => {
        dayOrder(scope, `periods.${i}.endsOn`, p.startsOn, p.endsOn, 'The last day');
        text(scope, `periods.${i}.note`, p.note, 500);
        input.periods.forEach((q, j) => {
          if (j > i && q.status === p.status && q.startsOn <= p.endsOn && p.startsOn <= q.endsOn) {
            scope.error(`periods.${j}.startsOn`, UserErrorCode.DATE_ORDER, `This period overlaps period ${i + 1} (${p.startsOn} to ${p.endsOn}).`);
          }
        });
      });
      scope.check();
      // Lock the expert: assignments check availability under the same lock.
      const locked = await scope.update(Expert, expert!, input.version, {});
      for (const old of await scope.manager.findBy(Availability, { expertId: expert!.id })) await scope.remove(Availability, old);
      for (const p of input.periods) {
        await scope.create(Availability, { expertId: expert!.id, startsOn: p.startsOn, endsOn: p.endsOn, status: p.status, note: p.note?.trim() || null });
      }
      // The periods record what is true of the expert, so they are saved; the missions the
      // expert is booked on that no longer fit are named in warnings, to be revisited.
      const booked = (await scope.manager.query(
        `SELECT m."reference", m."planned_start" AS "plannedStart", m."planned_end" AS "plannedEnd", m."actual_start" AS "actualStart", m."actual_end" AS "actualEnd"
           FROM "assignment" a JOIN "mission" m ON m."id" = a."mission_id"
          WHERE a."expert_id" = $1 AND a."archived_at" IS NULL AND m."archived_at" IS NULL AND m."status" NOT IN ('cancelled', 'completed')
          ORDER BY m."reference"`,
        [expert!.id],
      )) as Array<Pick<Mission, 'reference' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'>>;
      for (const mission of booked) {
        const span = spans(periodOf(mission));
        if (!span.possible.earliest && !span.possible.latest) continue;
        for (const finding of availabilityFindings(span, input.periods)) {
          scope.warn('periods', UserErrorCode.EXPERT_UNAVAILABLE, `Assigned to mission ${mission.reference}: ${finding.message}`);
        }
      }
      return locked;
    });
  },

  setExpertise(ctx: Context, input: ExpertSetExpertiseInput) {
    return mutate(ctx, ExpertPayload, { operation: 'expertSetExpertise' }, async (scope) => {
      const expert = await scope.find(Expert, input.id, 'id');
      const langs = languages(scope, 'languages', input.languages);
      const domainIds = await domains(scope, input.domainIds);
      scope.check();
      const after = await scope.update(Expert, expert!, input.version, { languages: langs });
      await setDomains(scope, expert!.id, domainIds);
      return after;
    });
  },
};
