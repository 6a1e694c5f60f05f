import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config';
import { header, type Step } from './node-http';

/**
 * Security headers. Pages (the dashboard and the other Express routes) get the whole set: no
 * sniffing, no framing, no referrer, nothing loaded from elsewhere. GraphQL answers are JSON,
 * never rendered: they get the set OWASP's REST guidance lists for APIs (no sniffing, no
 * framing, a CSP that allows nothing, HSTS), without the headers that only mean something
 * to a rendered document.
 */
export function securityHeaders(config: Config, kind: 'page' | 'api' = 'page'): (res: ServerResponse) => void {
  const headers: Array<[string, string]> =
    kind === 'api'
      ? [
          ['X-Content-Type-Options', 'nosniff'],
          ['X-Frame-Options', 'DENY'],
          ['Cross-Origin-Resource-Policy', 'same-site'],
          ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
        ]
      : [
          ['X-Content-Type-Options', 'nosniff'],
          ['X-Frame-Options', 'DENY'],
          ['Referrer-Policy', 'no-referrer'],
          ['Cross-Origin-Opener-Policy', 'same-origin'],
          ['Cross-Origin-Resource-Policy', 'same-site'],
          ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
          [
            'Content-Security-Policy',
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
          ],
        ];
  if (config.env === 'production') headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  return (res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
  };
}

/** The origin this request was sent to, as the browser sees it (no proxy is trusted). */
function ownOrigin(req: IncomingMessage): string | undefined {
  const host = header(req, 'host');
  return host ? `${(req.socket as TLSSocket).encrypted ? 'https' : 'http'}://${host}` : undefined;
}

/** A browser request from another origin (`Origin` names another site, or `Sec-Fetch-Site` says so). */
export function isCrossOrigin(req: IncomingMessage): boolean {
  const origin = header(req, 'origin');
  const site = header(req, 'sec-fetch-site');
  return Boolean((site && site !== 'same-origin' && site !== 'none') || (origin && origin !== ownOrigin(req)));
}

/** CORS for /graphql: only the configured origins, with credentials; preflights answered here. */
export function cors(config: Config): Step {
  const allowed = new Set(config.corsOrigins);
  return (req, res) => {
    const origin = header(req, 'origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', 'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After, X-Request-Id');
    }
    res.appendHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      if (origin && allowed.has(origin)) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, Accept-Language, X-Request-Id, Apollo-Require-Preflight');
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.statusCode = 204;
      res.end();
      return false;
    }
    return true;
  };
}

/**
 * Login and logout are for the dashboard on this origin only: a browser request from any
 * other site (even an allow-listed one) is refused, and only JSON bodies are accepted, so
 * a cross-site form cannot post here.
 */
export function sameOriginOnly(req: Request, res: Response, next: NextFunction): void {
  if (isCrossOrigin(req)) {
    res.status(403).json({ error: 'Signing in and out works only from the Coopgraph dashboard itself, not from another site.' });
    return;
  }
  if (req.method === 'POST' && !req.is('application/json')) {
    res.status(415).json({ error: 'Send a JSON body with Content-Type: application/json.' });
    return;
  }
  next();
}
