import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import express from 'express';
import type { Context } from '../graphql/context';
import type { Step } from './node-http';

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Context>;
  /** Run first, in order: CORS, authentication, rate limit. */
  steps: Step[];
  bodyLimitBytes: number;
  makeContext: (req: IncomingMessage, res: ServerResponse) => Promise<Context>;
}

/** Express's JSON body parser, as a promise (it needs nothing of Express but the request). */
function jsonBody(limit: number): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const parse = express.json({ limit });
  return (req, res) => new Promise((resolve, reject) => parse(req as never, res as never, (error?: unknown) => (error ? reject(error) : resolve())));
}

/**
 * POST and GET /graphql, answered on Node's request and response without Express's router,
 * response helpers and ETag hashing (a sixth of a small request's time, measured): the same
 * steps, the same body parser and the same Apollo request handling as the other routes.
 * Rejects with the parser's or a step's error, for the caller's error answer.
 */
export function graphqlRoute(options: GraphqlRouteOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const readBody = jsonBody(options.bodyLimitBytes);
  return async (req, res) => {
    for (const step of options.steps) if (!(await step(req, res))) return;
    await readBody(req, res);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: (req as { body?: unknown }).body },
      context: () => options.makeContext(req, res),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** Whether Node's request is for the GraphQL route: `/graphql`, with or without a query string. */
export function isGraphqlRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return url.startsWith('/graphql') && (url.length === 8 || url[8] === '?' || url[8] === '/');
}
