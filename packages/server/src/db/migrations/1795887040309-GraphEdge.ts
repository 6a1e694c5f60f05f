import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The graph's edges for neighbourhood, path and overlap questions, in one place: a view
 * with one branch per relation, each reading one table through the foreign-key indexes
 * that table already has (both ends of every branch are indexed). TypeORM does not track
 * views it did not create, so the entity diff stays empty.
 *
 * Columns: kind, from_type/from_id, to_type/to_id, and edge_type/edge_id naming the row
 * that carries the edge's own fields (AgreementParty, Assignment, Affiliation,
 * AgencyLineage, Citation), null for plain links. Types are GraphQL type names.
 *
 * The branches have no WHERE clause of their own (optional links are dropped by the outer
 * WHERE on null ends): PostgreSQL flattens only such branches into an append, and only
 * then pushes a join on from_id / to_id down to each table's index.
 */
export const GRAPH_EDGE_VIEW = `CREATE VIEW "graph_edge" AS
SELECT e."kind", e."from_type", e."from_id", e."to_type", e."to_id", e."edge_type", e."edge_id" FROM (
  SELECT 'party'::text AS "kind", 'Agency'::text AS "from_type", p."agency_id" AS "from_id", 'Agreement'::text AS "to_type", p."agreement_id" AS "to_id",
    'AgreementParty'::text AS "edge_type", p."id" AS "edge_id" FROM "agreement_party" p
  UNION ALL
  SELECT 'signatory', 'Person', p."signatory_id", 'Agreement', p."agreement_id", 'AgreementParty', p."id" FROM "agreement_party" p
  UNION ALL
  SELECT 'covers_domain', 'Agreement', d."agreement_id", 'Domain', d."domain_id", NULL::text, NULL::uuid FROM "agreement_domain" d
  UNION ALL
  SELECT 'covers_country', 'Agreement', c."agreement_id", 'Country', c."country_id", NULL, NULL FROM "agreement_country" c
  UNION ALL
  SELECT 'parent_agreement', 'Agreement', a."id", 'Agreement', a."parent_id", NULL, NULL FROM "agreement" a
  UNION ALL
  SELECT 'runs_under', 'Mission', m."id", 'Agreement', m."agreement_id", NULL, NULL FROM "mission" m
  UNION ALL
  SELECT 'mission_country', 'Mission', m."id", 'Country', m."country_id", NULL, NULL FROM "mission" m
  UNION ALL
  SELECT 'mission_domain', 'Mission', d."mission_id", 'Domain', d."domain_id", NULL, NULL FROM "mission_domain" d
  UNION ALL
  SELECT 'assignment', 'Mission', s."mission_id", 'Expert', s."expert_id", 'Assignment', s."id" FROM "assignment" s
  UNION ALL
  SELECT 'employer', 'Expert', e."id", 'Agency', e."employer_id", NULL, NULL FROM "expert" e
  UNION ALL
  SELECT 'expertise', 'Expert', d."expert_id", 'Domain', d."domain_id", NULL, NULL FROM "expert_domain" d
  UNION ALL
  SELECT 'person', 'Expert', e."id", 'Person', e."person_id", NULL, NULL FROM "expert" e
  UNION ALL
  SELECT 'affiliation', 'Person', f."person_id", 'Agency', f."agency_id", 'Affiliation', f."id" FROM "affiliation" f
  UNION ALL
  SELECT 'lineage', 'Agency', l."predecessor_id", 'Agency', l."successor_id", 'AgencyLineage', l."id" FROM "agency_lineage" l
  UNION ALL
  SELECT 'designation', 'PartnerDesignation', d."id", 'Country', d."country_id", NULL, NULL FROM "partner_designation" d
  UNION ALL
  SELECT 'parent_domain', 'Domain', d."id", 'Domain', d."parent_id", NULL, NULL FROM "domain" d
  UNION ALL
  SELECT 'agency_country', 'Agency', a."id", 'Country', a."country_id", NULL, NULL FROM "agency" a
  UNION ALL
  SELECT 'citation', c."subject_type", c."subject_id", 'Source', c."source_id", 'Citation', c."id" FROM "citation" c
) e
WHERE e."from_id" IS NOT NULL AND e."to_id" IS NOT NULL
  AND e."from_type" IN ('Agency', 'Agreement', 'Country', 'Domain', 'Expert', 'Mission', 'PartnerDesignation', 'Person')`;

export class GraphEdge1795887040309 implements MigrationInterface {
  name = 'GraphEdge1795887040309';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(GRAPH_EDGE_VIEW);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "graph_edge"`);
  }
}
