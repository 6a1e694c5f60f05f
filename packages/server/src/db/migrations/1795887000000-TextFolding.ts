import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `coopgraph_fold(text)`: lower case without accents, for case- and accent-insensitive
 * filters. `unaccent()` itself is only STABLE; pinning its dictionary makes the wrapper
 * safe to declare IMMUTABLE, so it can be used in indexes.
 */
export class TextFolding1795887000000 implements MigrationInterface {
  name = 'TextFolding1795887000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION coopgraph_fold(value text) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS coopgraph_fold(text)`);
  }
}
