import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WriteApi1795887099326 implements MigrationInterface {
  name = 'WriteApi1795887099326';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"idempotency_key\" (\"actor\" text NOT NULL, \"key\" text NOT NULL, \"operation\" text NOT NULL, \"subject_type\" text, \"subject_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_773cf5a1593922fc8420ee4fa54\" PRIMARY KEY (\"actor\", \"key\"))");
    await queryRunner.query("ALTER TABLE \"country\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"partner_designation\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"agency\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"agency_name\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"agency_lineage\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"domain\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"person\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"affiliation\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"agreement\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"agreement_party\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"agreement_domain\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"agreement_country\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"expert\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"expert_domain\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"availability\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"mission\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"mission_domain\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"assignment\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"assignment\" ADD \"accepted_conflicts\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"source\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"citation\" ADD \"archived_at\" TIMESTAMP WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"citation\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"source\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"assignment\" DROP COLUMN \"accepted_conflicts\"");
    await queryRunner.query("ALTER TABLE \"assignment\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"mission_domain\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"mission\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"availability\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"expert_domain\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"expert\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"agreement_country\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"agreement_domain\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"agreement_party\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"agreement\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"affiliation\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"domain\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"agency_lineage\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"agency_name\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"agency\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"partner_designation\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"country\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("DROP TABLE \"idempotency_key\"");
  }
}
