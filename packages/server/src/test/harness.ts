import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { startCoopgraph, type Coopgraph } from '../app';
import { loadConfig, type Config } from '../config';

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

export interface TestServer {
  kind: DatabaseKind;
  app: Coopgraph;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test when the response has errors. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  close(): Promise<void>;
}

/** Starts the whole server over real HTTP on a fresh database of the given kind. */
export async function startTestServer(kind: DatabaseKind, options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const scratch = await createScratchDatabase(kind);
  const config = testConfig(scratch.url, { SEED_ON_START: options.seed === false ? 'false' : 'true', ...options.env });
  const app = await startCoopgraph(config, pino({ level: 'silent' }));
  const gql: TestServer['gql'] = async (query, variables, headers) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse['body'] } as never;
  };
  return {
    kind,
    app,
    url: app.url,
    gql,
    async data(query, variables, headers) {
      const response = await gql(query, variables, headers);
      if (response.body.errors?.length) {
        throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors, null, 2)}`);
      }
      return response.body.data as never;
    },
    async close() {
      await app.close();
      await scratch.drop();
    },
  };
}
