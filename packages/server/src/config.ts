import path from 'node:path';

/** A configuration problem, reported to the operator as one sentence naming the setting. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface PostgresTarget {
  kind: 'postgres';
  url: string;
  /** Host and port only, for messages: never the password. */
  display: string;
  poolSize: number;
}

export interface EmbeddedTarget {
  kind: 'embedded';
  /** Folder holding the PGlite data files; `memory` keeps everything in memory (tests). */
  dataDir: string | 'memory';
}

export interface Config {
  env: NodeEnv;
  host: string;
  port: number;
  logLevel: LogLevel;
  database: PostgresTarget | EmbeddedTarget;
  /** Seconds during which an unreachable database is retried at start, with backoff. */
  databaseConnectTimeoutSeconds: number;
  /** Milliseconds after which a single SQL statement is abandoned. */
  statementTimeoutMs: number;
  /** Run pending migrations at start. */
  migrateOnStart: boolean;
  /** Load the press-release seed data at start (idempotent). */
  seedOnStart: boolean;
  /** Grace period for in-flight requests on SIGTERM. */
  shutdownGraceMs: number;
  /** Most edge rows one step of a graph question may scan before it is refused as too broad. */
  graphScanLimit: number;
  /** Scale of the synthetic demonstration data loaded at start when none is present; 0 loads none. */
  syntheticScale: number;
  /** Folder of the built dashboard served at `/`; null serves none. */
  clientDir: string | null;
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(name, `expected a whole number between ${min} and ${max}, got "${raw}".`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `expected a whole number between ${min} and ${max}, got ${value}.`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${env[name]}".`);
}

function readScale(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || value > 1) {
    throw new ConfigError(name, `expected a number from 0 (none) to 1, got "${raw}".`);
  }
  return value;
}

function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}".`);
  }
  return raw as T;
}

export function parseDatabaseUrl(raw: string, poolSize: number): PostgresTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      'is not a valid URL; expected postgres://user:password@host:5432/database.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      'DATABASE_URL',
      `must start with postgres:// or postgresql://, not ${url.protocol}//.`,
    );
  }
  if (!url.hostname) {
    throw new ConfigError('DATABASE_URL', 'names no host; expected postgres://user:password@host:5432/database.');
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  return {
    kind: 'postgres',
    url: raw,
    display: `${url.hostname}:${url.port || '5432'}/${database || '(default database)'}`,
    poolSize,
  };
}

/** Reads and validates the configuration once; throws ConfigError with a clear sentence. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = readEnum<NodeEnv>(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const poolSize = readInt(env, 'DATABASE_POOL_SIZE', 10, 1, 200);
  const databaseUrl = env.DATABASE_URL?.trim();
  const database: PostgresTarget | EmbeddedTarget = databaseUrl
    ? parseDatabaseUrl(databaseUrl, poolSize)
    : {
        kind: 'embedded',
        dataDir:
          env.DATA_DIR?.trim() === 'memory'
            ? 'memory'
            : path.resolve(env.DATA_DIR?.trim() || path.join(process.cwd(), '.data', 'pglite')),
      };
  return {
    env: nodeEnv,
    host: env.HOST?.trim() || '127.0.0.1',
    port: readInt(env, 'PORT', 4000, 0, 65535),
    logLevel: readEnum<LogLevel>(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    database,
    databaseConnectTimeoutSeconds: readInt(env, 'DATABASE_CONNECT_TIMEOUT', 30, 0, 3600),
    statementTimeoutMs: readInt(env, 'STATEMENT_TIMEOUT_MS', 15000, 100, 3_600_000),
    migrateOnStart: readBool(env, 'MIGRATE_ON_START', true),
    seedOnStart: readBool(env, 'SEED_ON_START', true),
    shutdownGraceMs: readInt(env, 'SHUTDOWN_GRACE_MS', 10000, 0, 600_000),
    graphScanLimit: readInt(env, 'GRAPH_SCAN_LIMIT', 50_000, 100, 10_000_000),
    // A first start on the embedded database in development is a demonstration: give it
    // synthetic experts and missions to work with. Never by default on PostgreSQL.
    syntheticScale: readScale(env, 'SYNTHETIC_SCALE', database.kind === 'embedded' && nodeEnv === 'development' ? 0.01 : 0),
    clientDir:
      env.CLIENT_DIR?.trim() === 'none'
        ? null
        : path.resolve(env.CLIENT_DIR?.trim() || path.join(__dirname, '..', '..', 'client', 'dist')),
  };
}
