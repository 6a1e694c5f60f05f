import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { actorFromSession, actorFromToken, ANONYMOUS_ACTOR, login, logout } from '../features/auth/auth.service';
import type { Actor } from '../graphql/context';
import { ErrorCode } from '../graphql/errors';
import { type RateLimiter, type RateLimitResult, setRateLimitHeaders } from './rate-limit';
import { header, scopeOf, sendJson, type Step } from './node-http';
import { sameOriginOnly } from './security';

export const SESSION_COOKIE = 'coopgraph_session';

const actors = new WeakMap<ServerResponse, Actor>();

/** The caller found by `authenticate`, kept with the response for the rest of the request. */
export function actorOf(res: ServerResponse): Actor | undefined {
  return actors.get(res);
}

function setActor(res: ServerResponse, actor: Actor): void {
  actors.set(res, actor);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readCookie(req: IncomingMessage, name: string): string | undefined {
  const cookies = header(req, 'cookie');
  if (!cookies) return undefined;
  for (const part of cookies.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

function sessionCookie(config: Config, value: string, maxAgeSeconds: number): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(config.env === 'production' ? ['Secure'] : []),
  ].join('; ');
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, requestId: scopeOf(res)?.requestId } }] }, headers);
}

/**
 * Finds the caller: `Authorization: Bearer <token>`, else the session cookie, else anonymous.
 * Wrong or expired credentials are refused (401) rather than downgraded to anonymous.
 * Anonymous callers are refused unless AUTH_PUBLIC_READ is on.
 */
export function authenticate(config: Config, dataSource: DataSource): Step {
  // Anonymous callers are answered synchronously: no promise for the usual public read.
  const withToken = async (res: ServerResponse, authorization: string): Promise<boolean> => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const actor = match ? await actorFromToken(dataSource, match[1]) : null;
    if (!actor) {
      graphqlError(res, 401, ErrorCode.UNAUTHENTICATED, 'The API token is unknown, expired or revoked. Send `Authorization: Bearer <token>` with a valid token (an admin creates them).', {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
      return false;
    }
    setActor(res, actor);
    return true;
  };
  const withSession = async (res: ServerResponse, session: string): Promise<boolean> => {
    const actor = await actorFromSession(dataSource, session);
    if (!actor) {
      res.setHeader('Set-Cookie', sessionCookie(config, '', 0));
      graphqlError(res, 401, ErrorCode.UNAUTHENTICATED, 'Your session has expired or you signed out. Sign in again.');
      return false;
    }
    setActor(res, actor);
    return true;
  };
  return (req, res) => {
    const authorization = header(req, 'authorization');
    if (authorization !== undefined) return withToken(res, authorization);
    const session = readCookie(req, SESSION_COOKIE);
    if (session) return withSession(res, session);
    if (!config.auth.publicRead) {
      graphqlError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in, or send `Authorization: Bearer <token>` with an API token (an admin creates them).', {
        'WWW-Authenticate': 'Bearer',
      });
      return false;
    }
    setActor(res, ANONYMOUS_ACTOR);
    return true;
  };
}

/** Counts the request against its caller's window: per token, per signed-in user, or per address. */
export function rateLimit(config: Config, limiter: RateLimiter): Step {
  const windowMs = config.rateLimit.windowSeconds * 1000;
  const { windowSeconds } = config.rateLimit;
  const answer = (res: ServerResponse, outcome: RateLimitResult, anonymous: boolean): boolean => {
    setRateLimitHeaders(res, outcome, windowSeconds);
    if (outcome.allowed) return true;
    graphqlError(
      res,
      429,
      ErrorCode.RATE_LIMITED,
      `Too many requests: at most ${outcome.limit} per ${windowSeconds} s for ${anonymous ? 'each address' : 'each token or user'}. Retry after ${res.getHeader('Retry-After')} s.`,
    );
    return false;
  };
  return (req, res) => {
    const actor = actorOf(res);
    const anonymous = !actor || actor.kind === 'anonymous';
    const key = anonymous ? `addr:${req.socket.remoteAddress ?? 'unknown'}` : actor.id;
    const limit = anonymous ? config.rateLimit.anonymous : config.rateLimit.authenticated;
    // The in-process limiter answers at once; Redis's answer is awaited.
    const outcome = limiter.hit(key, limit, windowMs);
    return 'then' in outcome ? outcome.then((o) => answer(res, o, anonymous)) : answer(res, outcome, anonymous);
  };
}

/** POST /auth/login {login, password} sets the session cookie; POST /auth/logout clears it. */
export function authRoutes(config: Config, dataSource: DataSource, limiter: RateLimiter, logger: Logger): Router {
  const router = express.Router();
  const windowMs = config.rateLimit.windowSeconds * 1000;
  router.use(sameOriginOnly);
  router.use(express.json({ limit: '10kb' }));

  router.post('/login', async (req, res, next) => {
    try {
      const outcome = await limiter.hit(`login:${req.socket.remoteAddress ?? 'unknown'}`, config.rateLimit.login, windowMs);
      setRateLimitHeaders(res, outcome, config.rateLimit.windowSeconds);
      if (!outcome.allowed) {
        res.status(429).json({ error: `Too many sign-in attempts from this address; retry after ${res.getHeader('Retry-After')} s.` });
        return;
      }
      const body = (req.body ?? {}) as { login?: unknown; password?: unknown };
      if (typeof body.login !== 'string' || typeof body.password !== 'string') {
        res.status(400).json({ error: 'Send {"login": "...", "password": "..."} as JSON.' });
        return;
      }
      const result = await login(dataSource, config.auth, body.login, body.password);
      if (result.outcome === 'ok') {
        logger.info({ requestId: scopeOf(res)?.requestId, user: result.user.id }, 'signed in');
        res.setHeader('Set-Cookie', sessionCookie(config, result.secret, config.auth.sessionTtlHours * 3600));
        res.setHeader('Cache-Control', 'no-store');
        res.json({ login: result.user.login, role: result.user.role, expiresAt: result.expiresAt.toISOString() });
        return;
      }
      if (result.outcome === 'locked') {
        const seconds = Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000));
        logger.warn({ requestId: scopeOf(res)?.requestId, login: body.login }, 'sign-in refused: account locked');
        res.status(423).set('Retry-After', String(seconds)).json({
          error: `This account is locked after ${config.auth.loginMaxFailures} failed sign-ins in a row; try again after ${result.until.toISOString()} or ask an admin to reset the password.`,
        });
        return;
      }
      // Each failure in a row answers more slowly.
      await sleep(Math.min(5000, config.auth.loginFailureDelayMs * result.failures));
      res.status(401).json({ error: 'Wrong login or password.' });
    } catch (error) {
      next(error);
    }
  });

  router.post('/logout', async (req, res, next) => {
    try {
      const session = readCookie(req, SESSION_COOKIE);
      if (session) await logout(dataSource, session);
      res.setHeader('Set-Cookie', sessionCookie(config, '', 0));
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
