import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial indexes on current (not archived) agreements and missions, in their lists' default
 * order: by parent for the relations held in a column (an agreement's missions, a country's,
 * a framework's children), by ID for the ones reached through a link table. Every relation
 * page filters on `archived_at IS NULL`, which the indexes' predicate implies: the database
 * reads a page as an ordered range of one index (often without visiting the table) instead
 * of reading each row up to its last column, `archived_at`. Generated from the entities.
 */
export class LiveRelationIndexes1795956608220 implements MigrationInterface {
  name = 'LiveRelationIndexes1795956608220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_agreement_live_by_parent\" ON \"agreement\"  (\"parent_id\", \"reference\", \"id\") WHERE \"archived_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_agreement_live\" ON \"agreement\"  (\"id\", \"reference\") WHERE \"archived_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_mission_live\" ON \"mission\"  (\"id\", \"reference\") WHERE \"archived_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_mission_live_by_country\" ON \"mission\"  (\"country_id\", \"reference\", \"id\") WHERE \"archived_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"IDX_mission_live_by_agreement\" ON \"mission\"  (\"agreement_id\", \"reference\", \"id\") WHERE \"archived_at\" IS NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_mission_live_by_agreement\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_mission_live_by_country\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_mission_live\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_agreement_live\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_agreement_live_by_parent\"");
  }
}
