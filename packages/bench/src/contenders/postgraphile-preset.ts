import { PgManyToManyPreset } from '@graphile-contrib/pg-many-to-many';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';
import type { Pool } from 'pg';

/**
 * PostGraphile 5 as an analyst would run it on Coopgraph's tables: the recommended
 * (amber) preset, plus the community presets that give it what Coopgraph's schema has:
 * many-to-many relations through edge tables (agency → agreements via agreement_party),
 * filters with ranges and `in` (connection-filter), and grouped aggregates (pg-aggregates).
 * `PgIndexBehaviorsPlugin` is disabled so that every column can be ordered by, as in
 * Coopgraph (a mission's experts come by assignment role, which has no index of its own).
 * Nothing is tuned for the benchmark: no caching beyond PostGraphile's own plan cache of
 * operation documents, which every GraphQL server of this kind has.
 */
export function postgraphilePreset(pool: Pool, port: number): GraphileConfig.Preset {
  return {
    extends: [PostGraphileAmberPreset, PgManyToManyPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { port, host: '127.0.0.1', graphqlPath: '/graphql', watch: false, graphiql: false },
    grafast: { explain: false },
    disablePlugins: ['PgIndexBehaviorsPlugin'],
  };
}
