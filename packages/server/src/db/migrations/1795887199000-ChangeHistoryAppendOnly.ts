import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change history is append-only: the database refuses to update or delete its rows,
 * except inside a transaction that erases a person's personal data and says so with
 * `SET LOCAL coopgraph.erasing = 'on'`.
 */
export class ChangeHistoryAppendOnly1795887199000 implements MigrationInterface {
  name = 'ChangeHistoryAppendOnly1795887199000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "change_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('coopgraph.erasing', true), '') <> 'on' THEN
    RAISE EXCEPTION 'the change history is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "change_append_only" BEFORE UPDATE OR DELETE ON "change" FOR EACH ROW EXECUTE FUNCTION "change_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "change_append_only" ON "change"`);
    await queryRunner.query(`DROP FUNCTION "change_append_only"()`);
  }
}
