import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/data-source';
import type { Context } from '../graphql/context';
import { ErrorCode, isTimeout } from '../graphql/errors';
import { Loaders } from '../graphql/loaders';
import { languageFromHeader } from '../graphql/localized';
import { pageLimitsPlugin } from '../graphql/page-limits';
import { coopgraphSchema } from '../graphql/schema';
import { compiledExecution } from '../graphql/executor';
import { immediatePlugin, type ImmediateListener } from '../graphql/plugin-hooks';
import { armorProtection, explainLimitError, limitsPlugin } from '../graphql/limits';
import type { RequestScope } from '../logger';
import { requestDataSource } from '../db/statement-counter';
import { actorOf, authenticate, authRoutes, rateLimit } from './auth-routes';
import { exportHandler } from './export';
import { graphqlRoute, isGraphqlRequest } from './graphql-route';
import { header, middleware, scopeOf, sendJson, setScope } from './node-http';
import { memoryRateLimiter, redisRateLimiter } from './rate-limit';
import { cors, isCrossOrigin, securityHeaders } from './security';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting requests, lets those in flight finish, then closes the HTTP server. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;
const CLIENT_FAULT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.QUERY_TOO_BROAD,
  ErrorCode.FORBIDDEN,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.QUERY_TOO_COSTLY,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.QUERY_TIMEOUT,
  ErrorCode.RATE_LIMITED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A server fault's message; `finishErrors` puts the request's ID in it. */
const internalMessage = (requestId: string | undefined) => `Internal server error. Quote request ID ${requestId ?? 'unknown'} when reporting it.`;

/** On a formatted error: the server fault behind it, to be logged with the request's ID. */
const FAULT = Symbol('coopgraph.fault');
type FinishedError = GraphQLFormattedError & { message: string; extensions?: Record<string, unknown>; [FAULT]?: unknown };

/** Masks faults of the server outside development and explains limit errors (the request ID comes with `finishErrors`). */
function formatError(config: Config) {
  const format = formatErrorOf(config);
  if (config.env !== 'production') return format;
  // No "Did you mean …?" in production: it would let anyone map the schema (field names, enum
  // values, types), from validation and from variable values alike.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const answer = format(formatted, error);
    return answer.message.includes('Did you mean') ? { ...answer, message: answer.message.replace(SUGGESTION, '') } : answer;
  };
}

/** A sentence of graphql-js suggesting names: `Did you mean "a" or "b"?`, `Did you mean the enum value "C"?`. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

function formatErrorOf(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = explainLimitError(formatted);
    if (limit) return { ...limit, extensions: { ...limit.extensions } };
    // Apollo's own refusals (a persisted-query hash that does not match, …) carry a 4xx status but no code.
    const status = (error as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
    const given = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    const code = given === ErrorCode.INTERNAL_SERVER_ERROR && status && status < 500 ? 'BAD_REQUEST' : given;
    if (CLIENT_FAULT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...(config.env === 'development' ? formatted.extensions : extensions), code } };
    }
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    // PostgreSQL text cannot hold NUL: a lookup that passes one through is the caller's fault.
    const pgCode = (original as { code?: string } | undefined)?.code;
    if (pgCode === '22021' || pgCode === '22P05') {
      return {
        message: 'Text may not contain the NUL character (U+0000); remove it from the arguments and variables.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (isTimeout(original)) {
      return {
        message: `The query ran longer than the database allows (STATEMENT_TIMEOUT_MS = ${config.statementTimeoutMs} ms). Ask for fewer or smaller pages, or narrower filters.`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.QUERY_TIMEOUT },
      };
    }
    const fault: FinishedError =
      config.env === 'development'
        ? { ...formatted, message: formatted.message, extensions: { ...formatted.extensions } }
        : { message: internalMessage(undefined), locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    fault[FAULT] = original;
    return fault;
  };
}

/**
 * Gives every error of an answer the request's ID (in `extensions.requestId`, and in the
 * message of a masked server fault) and logs the server's faults with it.
 */
function finishErrors(errors: readonly GraphQLFormattedError[], requestId: string, logger: Logger): void {
  for (const error of errors as FinishedError[]) {
    error.extensions = { ...error.extensions, requestId };
    if (error[FAULT] === undefined) continue;
    if (error.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR && error.message === internalMessage(undefined)) error.message = internalMessage(requestId);
    logger.error({ requestId, err: error[FAULT], path: error.path }, 'Unexpected error while resolving a request');
  }
}

/**
 * Finishes every answer of the GraphQL pipeline: the request ID on its errors, and (outside
 * production) how many SQL statements the request sent, in `extensions.sqlStatements`.
 */
function requestPlugin(config: Config): ApolloServerPlugin<Context> {
  const hooks: ImmediateListener<Context> = {
    willSendResponse({ response, contextValue }) {
      if (response.body.kind !== 'single') return;
      const result = response.body.singleResult;
      if (result.errors) finishErrors(result.errors, contextValue.requestId, contextValue.logger);
      if (config.env !== 'production') result.extensions = { ...result.extensions, sqlStatements: contextValue.scope.statements };
    },
  };
  return immediatePlugin<Context>({
    requestDidStart: () => hooks,
  });
}

/** An error from a body parser or a step: its HTTP status and type when it has them. */
interface MiddlewareError {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
}

/** Where a context keeps its child logger once made (see `contextPrototype`). */
const REQUEST_LOGGER = Symbol('requestLogger');

/** Paths that belong to the API: never answered with the dashboard. */
const API_PATHS = /^\/(graphql|health|ready|export\.csv|auth)(\/|$)/;

/**
 * The built dashboard at `/`: hashed assets cached for good, and any other page address
 * (`/missions/…`, `/graphiql`) answered with index.html so the app's router takes over.
 */
function serveDashboard(app: express.Express, clientDir: string): void {
  app.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
  );
  app.use(express.static(clientDir, { index: false, maxAge: 0 }));
  app.get(/.*/, (req, res, next) => {
    // Missing files (a name with an extension) stay 404s rather than becoming the page.
    if (API_PATHS.test(req.path) || /\.[A-Za-z0-9]{1,8}$/.test(req.path) || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(clientDir, 'index.html'));
  });
}

export async function startHttpServer(config: Config, db: Database, logger: Logger): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL requests skip Express (graphql-route.ts); everything else goes through it.
  let answerGraphql: (req: IncomingMessage, res: ServerResponse) => void = (req, res) => app(req, res);
  const httpServer = http.createServer((req, res) => (isGraphqlRequest(req) ? answerGraphql(req, res) : app(req, res)));
  const schema = await coopgraphSchema();
  const limiter = config.redisUrl ? redisRateLimiter(config.redisUrl, config.redisKeyPrefix, logger) : memoryRateLimiter();
  const armor = armorProtection(config);

  const apollo = new ApolloServer<Context>({
    // The schema, executed by compiled operations (graphql/executor.ts).
    gateway: compiledExecution(schema),
    includeStacktraceInErrorResponses: config.env === 'development',
    // main.ts owns the signals: it drains Apollo, then closes the database, then exits.
    stopOnTerminationSignals: false,
    formatError: formatError(config),
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: armor.validationRules,
    // No "Did you mean …?" in production: formatError removes it from every error, those of
    // variable values included (Apollo's hideSchemaDetailsFromClientErrors covers validation
    // only, through a plugin with promises on every request).
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      // Federated tracing is for Apollo's hosted studio; it costs time and reveals timings.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      pageLimitsPlugin(),
      limitsPlugin(config),
      requestPlugin(config),
    ],
  });
  await apollo.start();
  const setSecurityHeaders = securityHeaders(config);
  const setApiSecurityHeaders = securityHeaders(config, 'api');

  // Every request has a scope holding its ID and statement count, kept with its response.
  const logRequests = logger.isLevelEnabled('info');
  const startScope = (req: IncomingMessage, res: ServerResponse): RequestScope => {
    const given = header(req, 'x-request-id');
    const scope: RequestScope = { requestId: given && REQUEST_ID.test(given) ? given : randomUUID(), statements: 0 };
    setScope(res, scope);
    res.setHeader('x-request-id', scope.requestId);
    if (!logRequests) return scope;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const path = (req.url ?? '').split('?')[0];
      if (path === '/health' || path === '/ready') return;
      logger.info(
        {
          requestId: scope.requestId,
          method: req.method,
          path,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          sqlStatements: scope.statements,
        },
        'request completed',
      );
    });
    return scope;
  };
  app.use((req, res, next) => {
    setSecurityHeaders(res);
    startScope(req, res);
    next();
  });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    try {
      await db.dataSource.query('SELECT 1');
      const pending = await db.dataSource.showMigrations();
      if (pending) {
        res.status(503).json({ status: 'not ready', reason: 'database migrations are pending' });
        return;
      }
      res.json({ status: 'ready', database: db.kind });
    } catch (error) {
      logger.warn({ err: error }, 'Readiness check failed');
      res.status(503).json({ status: 'not ready', reason: 'database unreachable' });
    }
  });

  app.use('/auth', authRoutes(config, db.dataSource, limiter, logger));

  // Most requests log nothing: a context's child logger is made on first use, by a getter on
  // the contexts' prototype. Apollo copies a context's own properties into a new object with the
  // same prototype before each operation (Object.assign), which would call an own getter and
  // make a pino child logger (its bindings, serializers and formatters) for every request.
  const contextPrototype = Object.defineProperty({}, 'logger', {
    get(this: Context & { [REQUEST_LOGGER]?: Logger }): Logger {
      return (this[REQUEST_LOGGER] ??= logger.child({ requestId: this.requestId }));
    },
  }) as object;

  // The caller comes from `authenticate`, which runs before every route that uses this.
  const makeContext = async (req: IncomingMessage, res: ServerResponse): Promise<Context> => {
    const scope = scopeOf(res) ?? startScope(req, res);
    const dataSource = requestDataSource(db.dataSource, scope);
    const fields: Omit<Context, 'logger'> = {
      requestId: scope.requestId,
      scope,
      lang: languageFromHeader(header(req, 'accept-language')),
      actor: actorOf(res)!,
      personalDataReads: [],
      maxCost: config.limits.maxCost,
      crossOrigin: isCrossOrigin(req),
      config,
      dataSource,
      loaders: new Loaders(dataSource),
    };
    return Object.assign(Object.create(contextPrototype) as Context, fields);
  };
  const guard = [cors(config), authenticate(config, db.dataSource), rateLimit(config, limiter)];

  const graphql = graphqlRoute({ apollo, steps: guard, bodyLimitBytes: config.limits.bodyLimitBytes, makeContext });
  answerGraphql = (req, res) => {
    setApiSecurityHeaders(res);
    startScope(req, res);
    graphql(req, res).catch((error: unknown) => answerError(error as MiddlewareError, res));
  };

  // Exports run every page through Apollo with the caller's context: the same roles, guards and limits.
  const exportCsv = exportHandler(apollo, schema, makeContext, logger);
  app.get('/export.csv', ...guard.map(middleware), exportCsv);
  app.post('/export.csv', ...guard.map(middleware), express.json({ limit: config.limits.bodyLimitBytes }), exportCsv);

  if (config.clientDir && existsSync(path.join(config.clientDir, 'index.html'))) serveDashboard(app, config.clientDir);

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found. The API answers at /graphql, CSV exports at /export.csv; /health and /ready report status.' });
  });

  // Body parser and other middleware errors: a JSON answer with a sentence, never a stack.
  const answerError = (error: MiddlewareError, res: ServerResponse): void => {
    const status = error.status ?? error.statusCode ?? 500;
    const requestId = scopeOf(res)?.requestId;
    if (status >= 500) logger.error({ requestId, err: error }, 'Unexpected error while handling a request');
    const message =
      error.type === 'entity.too.large'
        ? `The request body is larger than ${config.limits.bodyLimitBytes} bytes (BODY_LIMIT_BYTES). Send a shorter query or smaller variables.`
        : error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : status < 500
            ? 'The request could not be read.'
            : `Internal server error. Quote request ID ${requestId ?? 'unknown'} when reporting it.`;
    const code = status === 413 ? ErrorCode.QUERY_TOO_COMPLEX : status < 500 ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR;
    if (res.headersSent) return;
    sendJson(res, status, { errors: [{ message, extensions: { code, requestId } }] });
  };
  app.use((error: MiddlewareError, _req: express.Request, res: express.Response, _next: express.NextFunction) => answerError(error, res));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    stop: async () => {
      await apollo.stop();
      await limiter.close();
    },
  };
}
