import type { Context } from '../../graphql/context';
import { mutate, type MutationScope } from '../../graphql/mutation';
import { assertAdmin } from '../../graphql/permissions';
import { UserErrorCode } from '../../graphql/user-errors';
import { email, phone, text } from '../../graphql/validate';
import { ChangeOperation } from '../history/change.entity';
import { recordChange } from '../history/history.service';
import { Expert } from '../expert/expert.entity';
import { Affiliation, Person } from './person.entity';
import { PersonErasePayload, PersonPayload, type PersonCreateInput, type PersonEraseInput, type PersonUpdateInput } from './person.inputs';

/** The personal data of a person, by column: what erasing removes, from the row and from history. */
export const PERSONAL_COLUMNS = ['given_name', 'family_name', 'email', 'phones'];
export const ERASED_NAME = '(erased)';

export async function emailFree(scope: MutationScope, value: string | null | undefined, exceptId?: string): Promise<void> {
  if (!value) return;
  const [other] = (await scope.manager.query('SELECT "id" FROM "person" WHERE lower("email") = $1 LIMIT 1', [value.toLowerCase()])) as Array<{ id: string }>;
  if (other && other.id !== exceptId) scope.error('email', UserErrorCode.TAKEN, `Another person already has the e-mail address ${value}.`);
}

const replay = (manager: MutationScope['manager'], id: string) => manager.findOneBy(Person, { id });

export const personService = {
  create(ctx: Context, input: PersonCreateInput) {
    return mutate(ctx, PersonPayload, { operation: 'personCreate', idempotencyKey: input.idempotencyKey, replay }, async (scope) => {
      const givenName = text(scope, 'givenName', input.givenName, 100, true);
      const familyName = text(scope, 'familyName', input.familyName, 100, true);
      const mail = email(scope, 'email', input.email);
      const phones = (input.phones ?? []).map((p, i) => phone(scope, `phones.${i}`, p));
      await emailFree(scope, mail);
      scope.check();
      return scope.create(Person, { givenName: givenName!, familyName: familyName!, email: mail, phones });
    });
  },

  update(ctx: Context, input: PersonUpdateInput) {
    return mutate(ctx, PersonPayload, { operation: 'personUpdate' }, async (scope) => {
      const before = await scope.find(Person, input.id, 'id');
      scope.check();
      const changes: Partial<Person> = {};
      if (input.givenName !== undefined) changes.givenName = text(scope, 'givenName', input.givenName, 100, true)!;
      if (input.familyName !== undefined) changes.familyName = text(scope, 'familyName', input.familyName, 100, true)!;
      if (input.email !== undefined) {
        changes.email = email(scope, 'email', input.email);
        await emailFree(scope, changes.email, before!.id);
      }
      if (input.phones !== undefined) changes.phones = (input.phones ?? []).map((p, i) => phone(scope, `phones.${i}`, p));
      return scope.update(Person, before!, input.version, changes);
    });
  },

  /**
   * Removes a person's personal data everywhere: the row, the history of the person, and
   * the quotes citing them. The erasure itself is recorded, without the erased values.
   */
  async erase(ctx: Context, input: PersonEraseInput) {
    assertAdmin(ctx, "Erasing a person's personal data");
    let scrubbedCount = 0;
    const payload = await mutate(ctx, PersonErasePayload, { operation: 'personErase' }, async (scope) => {
      const person = await scope.find(Person, input.id, 'id', { allowArchived: true });
      scope.check();
      const id = person!.id;
      const experts = await scope.manager.findBy(Expert, { personId: id });
      const affiliations = await scope.manager.findBy(Affiliation, { personId: id });
      const subjects = [id, ...experts.map((e) => e.id), ...affiliations.map((a) => a.id)];
      // The history is append-only; this transaction, and only it, may rewrite it.
      await scope.manager.query(`SELECT set_config('coopgraph.erasing', 'on', true)`);
      const scrubbed = (await scope.manager.query(
        `UPDATE "change" SET "before" = CASE WHEN "before" IS NULL THEN NULL ELSE "before" - $2::text[] END,
                             "after" = CASE WHEN "after" IS NULL THEN NULL ELSE "after" - $2::text[] END
          WHERE "subject_id" = $1 AND ("before" ?| $2::text[] OR "after" ?| $2::text[])
          RETURNING "id"`,
        [id, PERSONAL_COLUMNS],
      )) as unknown[];
      // TypeORM answers an UPDATE with [rows, count].
      const entries = Array.isArray(scrubbed[0]) ? Number(scrubbed[1]) : scrubbed.length;
      // Quotes citing the person name them: gone from the citations and from their history.
      const citations = (await scope.manager.query(`SELECT "id" FROM "citation" WHERE "subject_id" = ANY($1::uuid[])`, [subjects])) as Array<{ id: string }>;
      const citationIds = citations.map((c) => c.id);
      await scope.manager.query(
        `UPDATE "change" SET "before" = CASE WHEN "before" IS NULL THEN NULL ELSE "before" - 'quote' END,
                             "after" = CASE WHEN "after" IS NULL THEN NULL ELSE "after" - 'quote' END
          WHERE "subject_id" = ANY($1::uuid[])`,
        [citationIds],
      );
      await scope.manager.query(`SELECT set_config('coopgraph.erasing', 'off', true)`);
      await scope.manager.query(`UPDATE "citation" SET "quote" = NULL, "version" = "version" + 1, "updated_at" = now() WHERE "id" = ANY($1::uuid[])`, [citationIds]);
      await scope.manager.query(
        `UPDATE "person" SET "given_name" = $2, "family_name" = $2, "email" = NULL, "phones" = '{}', "version" = "version" + 1, "updated_at" = now() WHERE "id" = $1`,
        [id, ERASED_NAME],
      );
      await recordChange(scope, ChangeOperation.ERASE, 'Person', id, null, { erased: PERSONAL_COLUMNS, historyEntriesScrubbed: entries });
      const erased = await scope.manager.findOneBy(Person, { id });
      scrubbedCount = entries;
      return erased;
    });
    payload.historyEntriesScrubbed = payload.userErrors.length === 0 ? scrubbedCount : 0;
    return payload;
  },
};
