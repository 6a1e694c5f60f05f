import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino, { type Logger } from 'pino';
import { startCoopgraph, type Coopgraph } from '../app';
import { loadConfig, type Config } from '../config';
import { RoleName } from '../features/auth/auth.entity';
import { createApiToken } from '../features/auth/auth.service';

/** Who a test request is sent as: a token of a role, or no credentials at all. */
export type TestCaller = 'analyst' | 'coordinator' | 'admin' | 'anonymous';

export type DatabaseKind = 'embedded' | 'postgres';

/** The embedded database always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];
}

export interface ScratchDatabase {
  /** DATABASE_URL of a fresh, empty database, or undefined for an in-memory embedded one. */
  url: string | undefined;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/** A fresh PostgreSQL database on the TEST_DATABASE_URL server, dropped afterwards. */
export async function createScratchDatabase(kind: DatabaseKind): Promise<ScratchDatabase> {
  if (kind === 'embedded') return { url: undefined, drop: async () => undefined };
  const name = `cg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export function testConfig(url: string | undefined, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    // Tests send many requests from one address and one token: limits are tested on their own.
    RATE_LIMIT_AUTHENTICATED: '1000000',
    RATE_LIMIT_ANONYMOUS: '1000000',
    RATE_LIMIT_LOGIN: '1000000',
    ...(url ? { DATABASE_URL: url } : { DATA_DIR: 'memory' }),
    ...overrides,
  });
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
    extensions?: { sqlStatements?: number; [key: string]: unknown };
  };
}

export interface GraphQLClient {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
}

export interface TestServer {
  kind: DatabaseKind;
  app: Coopgraph;
  url: string;
  /** The `Authorization` header value of each role's token (created at start). */
  tokens: Record<Exclude<TestCaller, 'anonymous'>, string>;
  /** Requests sent as another caller (the default is a coordinator token). */
  as(caller: TestCaller): GraphQLClient;
  /** Sends requests as the default caller: a coordinator. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test when the response has errors. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  close(): Promise<void>;
}

/** Starts the whole server over real HTTP on a fresh database of the given kind. */
export async function startTestServer(
  kind: DatabaseKind,
  options: { seed?: boolean; env?: Record<string, string>; scratch?: ScratchDatabase; logger?: Logger } = {},
): Promise<TestServer> {
  const scratch = options.scratch ?? (await createScratchDatabase(kind));
  const config = testConfig(scratch.url, { SEED_ON_START: options.seed === false ? 'false' : 'true', ...options.env });
  const app = await startCoopgraph(config, options.logger ?? pino({ level: 'silent' }));
  const tokens = {} as TestServer['tokens'];
  for (const role of [RoleName.ANALYST, RoleName.COORDINATOR, RoleName.ADMIN]) {
    const { secret } = await createApiToken(app.db.dataSource, { name: `test ${role}`, role, expiresInDays: 1, createdBy: 'test' });
    tokens[role] = `Bearer ${secret}`;
  }
  const client = (caller: TestCaller): GraphQLClient => {
    const gql: GraphQLClient['gql'] = async (query, variables, headers) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(caller === 'anonymous' ? {} : { authorization: tokens[caller] }),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: GraphQLResponse['body'];
      try {
        body = JSON.parse(text) as GraphQLResponse['body'];
      } catch {
        throw new Error(`HTTP ${response.status} answered with a body that is not JSON: ${text.slice(0, 500)}`);
      }
      return { status: response.status, headers: response.headers, body } as never;
    };
    return {
      gql,
      async data(query, variables, headers) {
        const response = await gql(query, variables, headers);
        if (response.body.errors?.length) {
          throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors, null, 2)}`);
        }
        return response.body.data as never;
      },
    };
  };
  const coordinator = client('coordinator');
  return {
    kind,
    app,
    url: app.url,
    tokens,
    as: client,
    gql: coordinator.gql,
    data: coordinator.data,
    async close() {
      await app.close();
      await scratch.drop();
    },
  };
}
