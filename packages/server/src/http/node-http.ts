import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { RequestScope } from '../logger';

/**
 * Steps of request handling written against Node's own request and response, so that the
 * GraphQL route (answered without Express, see graphql-route.ts) and the Express routes
 * share them. A step answers the request itself and returns false, or returns true to go on.
 */
export type Step = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/** One request header as text (repeated headers joined), or undefined. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Sends a JSON body with a status, as Express's `res.status(s).set(h).json(b)` would. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** A step as Express middleware: `next()` when it goes on, `next(error)` when it fails. */
export function middleware(step: Step) {
  return (req: Request, res: Response, next: NextFunction): void => {
    try {
      const outcome = step(req, res);
      if (outcome === true) next();
      else if (outcome !== false) outcome.then((goOn) => goOn && next(), next);
    } catch (error) {
      next(error);
    }
  };
}

const scopes = new WeakMap<ServerResponse, RequestScope>();

/** Starts the request's scope (its ID and statement count), kept with the response. */
export function setScope(res: ServerResponse, scope: RequestScope): void {
  scopes.set(res, scope);
}

/** The scope of the request this response answers (set when the request arrived). */
export function scopeOf(res: ServerResponse): RequestScope | undefined {
  return scopes.get(res);
}
