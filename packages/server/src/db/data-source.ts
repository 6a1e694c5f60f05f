import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ConfigError, type Config } from '../config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { enablePreparedReads } from '../graphql/sql';
import { installStatementCounter } from './statement-counter';
import { parseTextArray } from './text-array';

/** Array types of PostgreSQL's catalogue (pg_type.typarray of text and varchar). */
const TEXT_ARRAY_OID = 1009;
const VARCHAR_ARRAY_OID = 1015;

// Calendar dates stay strings (no time-zone shifts); numeric days become numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
// Text arrays (`text[]`, `varchar[]`) sliced rather than built a character at a time; pg's own
// parser takes whatever form this one does not expect.
for (const oid of [TEXT_ARRAY_OID, VARCHAR_ARRAY_OID]) {
  const original = pg.types.getTypeParser(oid, 'text');
  pg.types.setTypeParser(oid, (value: string) => parseTextArray(value, original));
}

export interface Database {
  dataSource: DataSource;
  kind: 'postgres' | 'embedded';
  /** Closes the pool, then the embedded database if there is one. */
  close(): Promise<void>;
}

interface ConnectOptions {
  /** Called before each retry, with the attempt number and the reason. */
  onRetry?: (attempt: number, delayMs: number, reason: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function baseOptions(): Pick<
  DataSourceOptions & { type: 'postgres' },
  'entities' | 'migrations' | 'namingStrategy' | 'logging' | 'migrationsTransactionMode' | 'uuidExtension' | 'installExtensions'
> {
  return {
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    migrationsTransactionMode: 'each',
  };
}

/** Errors worth retrying at start: the server is not (yet) reachable or not (yet) accepting. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'ETIMEDOUT' ||
    code === 'EAI_AGAIN' ||
    code === 'EHOSTUNREACH' ||
    code === '57P03' || // cannot_connect_now: the server is starting
    /timeout/i.test((error as Error).message ?? '')
  );
}

/** Turns a connection failure into one sentence naming the setting. */
function describeConnectError(error: unknown, display: string): Error {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  if (code === '28P01' || code === '28000') {
    return new ConfigError('DATABASE_URL', `the server at ${display} refused the user name or password (${message}).`);
  }
  if (code === '3D000') {
    return new ConfigError('DATABASE_URL', `the database does not exist on the server at ${display} (${message}).`);
  }
  if (code === 'ENOTFOUND') {
    return new ConfigError('DATABASE_URL', `the host of ${display} cannot be found.`);
  }
  if (isTransient(error)) {
    return new ConfigError('DATABASE_URL', `cannot reach the PostgreSQL server at ${display} (${code ?? message}).`);
  }
  return new ConfigError('DATABASE_URL', `cannot connect to ${display}: ${message}`);
}

async function initializeWithRetry(dataSource: DataSource, display: string, timeoutSeconds: number, options: ConnectOptions): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let delay = 250;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await dataSource.initialize();
      return;
    } catch (error) {
      if (!isTransient(error) || Date.now() + delay > deadline) {
        const described = describeConnectError(error, display);
        if (isTransient(error) && attempt > 1) {
          described.message += ` Gave up after ${attempt} attempts over ${timeoutSeconds} s (DATABASE_CONNECT_TIMEOUT).`;
        }
        throw described;
      }
      options.onRetry?.(attempt, delay, (error as { code?: string }).code ?? (error as Error).message);
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
    }
  }
}

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export async function openDatabase(config: Config, options: ConnectOptions = {}): Promise<Database> {
  installStatementCounter();
  const target = config.database;
  if (target.kind === 'postgres') {
    const dataSource = new DataSource({
      ...baseOptions(),
      type: 'postgres',
      url: target.url,
      extra: {
        max: target.poolSize,
        // Connections stay open once made, idle or not: each holds the API's prepared reads
        // (graphql/sql.ts), and a connection closed after 10 idle seconds (pg's default) had to
        // be opened and its statements planned again on the next burst, in that request's time.
        min: target.poolSize,
        connectionTimeoutMillis: 5000,
        statement_timeout: config.statementTimeoutMs,
        query_timeout: config.statementTimeoutMs + 1000,
        application_name: 'coopgraph',
        // The API's reads are prepared statements whose text the GraphQL document fixes
        // (graphql/sql.ts). With the default plan cache mode PostgreSQL re-plans a statement on
        // every run whenever its generic plan is estimated dearer than a custom one, as for the
        // batched relation pages (`unnest` of a few parent IDs): planning those cost more than
        // running them (1.3 ms against 1.0 ms, and 0.47 against 0.31 ms of database CPU per
        // request on a two-level nested query, measured). Statements TypeORM sends are unnamed,
        // planned once with their values, and unaffected.
        options: '-c plan_cache_mode=force_generic_plan',
      },
    });
    await initializeWithRetry(dataSource, target.display, config.databaseConnectTimeoutSeconds, options);
    enablePreparedReads(dataSource);
    return { dataSource, kind: 'postgres', close: () => dataSource.destroy() };
  }

  const embedded: EmbeddedDatabase = await startEmbeddedDatabase(target.dataDir);
  const dataSource = new DataSource({
    ...baseOptions(),
    type: 'postgres',
    host: embedded.socketDir,
    port: embedded.port,
    username: 'postgres',
    database: 'postgres',
    // PGlite is one session: several pooled connections would interleave transactions.
    extra: { max: 1, query_timeout: config.statementTimeoutMs, application_name: 'coopgraph' },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    dataSource,
    kind: 'embedded',
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded.stop();
    },
  };
}
