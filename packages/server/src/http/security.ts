import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config';

/** Headers every response carries: no sniffing, no framing, no referrer, nothing loaded from elsewhere. */
export function securityHeaders(config: Config) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    if (config.env === 'production') res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

/** The origin this request was sent to, as the browser sees it. */
function ownOrigin(req: Request): string | undefined {
  const host = req.get('host');
  return host ? `${req.protocol}://${host}` : undefined;
}

/** A browser request from another origin (`Origin` names another site, or `Sec-Fetch-Site` says so). */
export function isCrossOrigin(req: Request): boolean {
  const origin = req.get('origin');
  const site = req.get('sec-fetch-site');
  return Boolean((site && site !== 'same-origin' && site !== 'none') || (origin && origin !== ownOrigin(req)));
}

/** CORS for /graphql: only the configured origins, with credentials; preflights answered here. */
export function cors(config: Config) {
  const allowed = new Set(config.corsOrigins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', 'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After, X-Request-Id');
    }
    res.append('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      if (origin && allowed.has(origin)) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, Accept-Language, X-Request-Id, Apollo-Require-Preflight');
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
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
