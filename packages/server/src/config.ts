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
  auth: AuthConfig;
  limits: LimitsConfig;
  rateLimit: RateLimitConfig;
  /** Origins allowed to call the API from a browser (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Redis for state shared between replicas (rate limits); unset: in process. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key Coopgraph writes. */
  redisKeyPrefix: string;
}

export interface AuthConfig {
  /** Anonymous callers may read non-personal data (otherwise they get only /health, /ready and login). */
  publicRead: boolean;
  /** Hours a dashboard session lasts after login. */
  sessionTtlHours: number;
  /** Failed logins in a row after which the account is locked. */
  loginMaxFailures: number;
  /** Minutes an account stays locked. */
  loginLockMinutes: number;
  /** Delay added to a failed login, per failure in a row (capped at 5 s). */
  loginFailureDelayMs: number;
  /** At start, (re)create a demo admin login and a demo token and print them. */
  demoAccess: boolean;
}

export interface LimitsConfig {
  /** Largest request body, in bytes. */
  bodyLimitBytes: number;
  /** Lexical tokens the parser accepts in one document. */
  maxTokens: number;
  /** Deepest selection nesting. */
  maxDepth: number;
  /** Aliases per operation. */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Largest cost (objects the query may return, estimated before execution). */
  maxCost: number;
  /** Items assumed for a list field that takes no `first`/`last`. */
  listSizeEstimate: number;
}

export interface RateLimitConfig {
  /** Length of a rate-limit window. */
  windowSeconds: number;
  /** Requests per window for each token or signed-in user. */
  authenticated: number;
  /** Requests per window for each address without credentials. */
  anonymous: number;
  /** Login attempts per window for each address. */
  login: number;
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

function readOrigins(env: Env, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw.split(',').map((part) => {
    const origin = part.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(name, `"${origin}" is not an origin; expected a comma-separated list like https://dashboard.example.org.`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(name, `"${origin}" is not an origin (scheme, host and port only, like https://dashboard.example.org).`);
    }
    return url.origin;
  });
}

function readRedisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL', 'is not a valid URL; expected redis://host:6379.');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError('REDIS_URL', `must start with redis:// or rediss://, not ${url.protocol}//.`);
  }
  return raw;
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
    auth: {
      publicRead: readBool(env, 'AUTH_PUBLIC_READ', false),
      sessionTtlHours: readInt(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90),
      loginMaxFailures: readInt(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
      loginLockMinutes: readInt(env, 'LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
      loginFailureDelayMs: readInt(env, 'LOGIN_FAILURE_DELAY_MS', 250, 0, 5000),
      demoAccess: readBool(env, 'DEMO_ACCESS', database.kind === 'embedded' && nodeEnv === 'development'),
    },
    limits: {
      bodyLimitBytes: readInt(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 100 * 1_048_576),
      maxTokens: readInt(env, 'QUERY_MAX_TOKENS', 5000, 100, 1_000_000),
      maxDepth: readInt(env, 'QUERY_MAX_DEPTH', 15, 2, 1000),
      maxAliases: readInt(env, 'QUERY_MAX_ALIASES', 30, 0, 10_000),
      maxDirectives: readInt(env, 'QUERY_MAX_DIRECTIVES', 50, 0, 10_000),
      maxCost: readInt(env, 'QUERY_MAX_COST', 500_000, 1, 1_000_000_000),
      listSizeEstimate: readInt(env, 'QUERY_LIST_SIZE_ESTIMATE', 10, 1, 100_000),
    },
    rateLimit: {
      windowSeconds: readInt(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
      authenticated: readInt(env, 'RATE_LIMIT_AUTHENTICATED', 600, 1, 100_000_000),
      anonymous: readInt(env, 'RATE_LIMIT_ANONYMOUS', 60, 1, 100_000_000),
      login: readInt(env, 'RATE_LIMIT_LOGIN', 10, 1, 100_000_000),
    },
    corsOrigins: readOrigins(env, 'CORS_ORIGINS'),
    redisUrl: readRedisUrl(env),
    redisKeyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'coopgraph:',
  };
}
