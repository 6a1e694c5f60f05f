import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessControl1795900100000 implements MigrationInterface {
  name = 'AccessControl1795900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"login\" text NOT NULL, \"password_hash\" text NOT NULL, \"role\" text NOT NULL, \"failed_logins\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_app_user_role\" CHECK (\"role\" IN ('analyst', 'coordinator', 'admin')), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_app_user_login\" ON \"app_user\"  (\"login\") ");
    await queryRunner.query("CREATE TABLE \"session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"secret_hash\" text NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_f55da76ac1c3ac420f444d2ff11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_secret_hash\" ON \"session\"  (\"secret_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_30e98e8746699fb9af235410af\" ON \"session\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2223e981900a413ce4ce6386f9\" ON \"session\"  (\"expires_at\") ");
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"secret_hash\" text NOT NULL, \"role\" text NOT NULL, \"created_by\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"last_used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"CHK_api_token_role\" CHECK (\"role\" IN ('analyst', 'coordinator', 'admin')), CONSTRAINT \"PK_d862311c568d175c26f41bc6f98\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_api_token_secret_hash\" ON \"api_token\"  (\"secret_hash\") ");
    await queryRunner.query("CREATE TABLE \"personal_data_read\" (\"id\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"read_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor\" text NOT NULL, \"request_id\" text, \"subject_type\" text NOT NULL, \"subject_id\" uuid NOT NULL, \"field\" text NOT NULL, CONSTRAINT \"PK_5c543415f63f6d86c7ca556dd7b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c6b9471723d0992ecfa291472d\" ON \"personal_data_read\"  (\"read_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_09141562886e244486e516cfda\" ON \"personal_data_read\"  (\"actor\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f58774b299a66a2609ddd97b18\" ON \"personal_data_read\"  (\"subject_id\", \"read_at\") ");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_30e98e8746699fb9af235410aff\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_30e98e8746699fb9af235410aff\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f58774b299a66a2609ddd97b18\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_09141562886e244486e516cfda\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c6b9471723d0992ecfa291472d\"");
    await queryRunner.query("DROP TABLE \"personal_data_read\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_api_token_secret_hash\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2223e981900a413ce4ce6386f9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_30e98e8746699fb9af235410af\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_session_secret_hash\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_app_user_login\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
  }
}
