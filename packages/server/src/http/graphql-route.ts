import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import express from 'express';
import type { Context } from '../graphql/context';
import { scopeOf, type Step } from './node-http';

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Context>;
  /** Run first, in order: CORS, authentication, rate limit. */
  steps: Step[];
  bodyLimitBytes: number;
  makeContext: (req: IncomingMessage, res: ServerResponse) => Promise<Context>;
}

/** An error of the body reader, shaped as body-parser's (its `type` picks the answer's message). */
function bodyError(status: number, type: string, message: string): Error & { status: number; type: string } {
  return Object.assign(new Error(message), { status, type });
}

const PLAIN_JSON = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * The request's JSON body, in `req.body`. The usual request (POST, `application/json` in
 * UTF-8, not compressed) is read here directly, with body-parser's limit, strictness and error
 * types; every other (GET, a charset, `Content-Encoding`) goes to Express's body parser.
 * body-parser's stream and media-type machinery took about a tenth of a small request.
 */
function jsonBody(limit: number): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const parse = express.json({ limit });
  const general = (req: IncomingMessage, res: ServerResponse) =>
    new Promise<void>((resolve, reject) => parse(req as never, res as never, (error?: unknown) => (error ? reject(error) : resolve())));
  return (req, res) => {
    const type = req.headers['content-type'];
    const encoding = req.headers['content-encoding'];
    if (req.method !== 'POST' || type === undefined || !PLAIN_JSON.test(type) || (encoding !== undefined && encoding.toLowerCase() !== 'identity')) {
      return general(req, res);
    }
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) return Promise.reject(bodyError(413, 'entity.too.large', 'request entity too large'));
    return new Promise<void>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let received = 0;
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        req.removeListener('data', onData);
        // Whatever else arrives is read and dropped, so the connection stays usable.
        req.resume();
        reject(error);
      };
      const onData = (chunk: Buffer) => {
        received += chunk.length;
        if (received > limit) fail(bodyError(413, 'entity.too.large', 'request entity too large'));
        else chunks.push(chunk);
      };
      req.on('data', onData);
      req.once('error', (error) => fail(bodyError(400, 'request.aborted', error.message)));
      req.once('end', () => {
        if (failed) return;
        if (declared !== undefined && received !== Number(declared)) {
          fail(bodyError(400, 'request.size.invalid', 'request size did not match content length'));
          return;
        }
        const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, received).toString('utf8');
        const first = /\S/.exec(text)?.[0];
        if (first === undefined) {
          (req as { body?: unknown }).body = {};
          resolve();
          return;
        }
        // Strict, as body-parser's default: only an object or an array.
        if (first !== '{' && first !== '[') {
          fail(bodyError(400, 'entity.parse.failed', 'request body is not an object or an array'));
          return;
        }
        try {
          (req as { body?: unknown }).body = JSON.parse(text);
        } catch (error) {
          fail(bodyError(400, 'entity.parse.failed', (error as Error).message));
          return;
        }
        resolve();
      });
    });
  };
}

/**
 * POST and GET /graphql, answered on Node's request and response without Express's router,
 * response helpers and ETag hashing (a sixth of a small request's time, measured): the same
 * steps, the same body parser and the same Apollo request handling as the other routes.
 * Rejects with the parser's or a step's error, for the caller's error answer.
 */
export function graphqlRoute(options: GraphqlRouteOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const readBody = jsonBody(options.bodyLimitBytes);
  const { steps } = options;
  return async (req, res) => {
    const goOn = runSteps(steps, req, res, 0);
    if (goOn !== true && !(await goOn)) return;
    await readBody(req, res);
    // Node's header names are lower case already; `for…in` walks them without an entries array.
    const headers = new HeaderMap();
    const given = req.headers;
    for (const name in given) {
      const value = given[name];
      if (value !== undefined) headers.set(name, typeof value === 'string' ? value : value.join(', '));
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: (req as { body?: unknown }).body },
      context: () => options.makeContext(req, res),
    });
    response.headers.forEach(copyHeader, res);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const text = res.statusCode >= 400 ? withRequestId(response.body.string, scopeOf(res)?.requestId) : response.body.string;
      // As bytes: Node sends a string body by joining it to the head's text first (a copy of the
      // whole answer on the heap per request); a buffer goes out beside the head as it is.
      const body = Buffer.from(text, 'utf8');
      res.setHeader('Content-Length', body.length);
      res.end(body);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/**
 * Runs the steps from `from` on: true when every step went on, false when one answered the
 * request. Synchronous steps answer synchronously; a promise only comes back once a step
 * returns one (the usual request awaits nothing here).
 */
function runSteps(steps: Step[], req: IncomingMessage, res: ServerResponse, from: number): boolean | Promise<boolean> {
  for (let i = from; i < steps.length; i += 1) {
    const outcome = steps[i]!(req, res);
    if (outcome === false) return false;
    if (outcome !== true) return outcome.then((next) => next && runSteps(steps, req, res, i + 1));
  }
  return true;
}

function copyHeader(this: ServerResponse, value: string, name: string): void {
  this.setHeader(name, value);
}

/**
 * Apollo refuses some requests before its pipeline and plugins run (no query, a GET that is
 * not a query, CSRF prevention): their errors get the request ID here, as every other error
 * does in the pipeline.
 */
function withRequestId(text: string, requestId: string | undefined): string {
  if (!requestId) return text;
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    if (!Array.isArray(body.errors) || body.errors.every((e) => e.extensions?.requestId)) return text;
    for (const error of body.errors) error.extensions = { ...error.extensions, requestId: error.extensions?.requestId ?? requestId };
    return `${JSON.stringify(body)}\n`;
  } catch {
    return text;
  }
}

/** Whether Node's request is for the GraphQL route: `/graphql`, with or without a query string. */
export function isGraphqlRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return url.startsWith('/graphql') && (url.length === 8 || url[8] === '?' || url[8] === '/');
}
