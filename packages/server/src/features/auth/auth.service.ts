import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthConfig } from '../../config';
import type { Actor } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { ApiToken, RoleName, Session, User } from './auth.entity';

// scrypt cost: 2^15 × 8 × 1 uses 32 MiB and about 50-100 ms per hash here; `maxmem` must allow it.
const SCRYPT = { N: 32768, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
export const MIN_PASSWORD_LENGTH = 12;
export const TOKEN_PREFIX = 'cgt_';
const MAX_TOKEN_DAYS = 3650;
/** last_used_at is written at most this often per token, so reads do not each write. */
const LAST_USED_RESOLUTION_MS = 60_000;

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const scryptOptions = (N: number, r: number, p: number): ScryptOptions => ({ N, r, p, maxmem: 256 * N * r + 1024 * 1024 });

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize('NFC'), salt, KEY_LENGTH, scryptOptions(SCRYPT.N, SCRYPT.r, SCRYPT.p));
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, scryptOptions(Number(n), Number(r), Number(p)));
  return timingSafeEqual(key, expected);
}

// Compared against when the login does not exist, so that both cases take as long.
let dummyHash: Promise<string> | undefined;

/** SHA-256 of a random secret, hex: how session cookies and API tokens are looked up. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

function validateLogin(login: string): string {
  const normalized = normalizeLogin(login);
  if (!/^[a-z0-9._@+-]{2,100}$/.test(normalized)) {
    throw new UserInputError('A login is 2 to 100 letters, digits or the characters . _ @ + - (an e-mail address works).', 'login');
  }
  return normalized;
}

function validatePassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 1000) {
    throw new UserInputError(`A password must be ${MIN_PASSWORD_LENGTH} to 1000 characters long.`, 'password');
  }
}

export function parseRole(value: string): RoleName {
  const role = Object.values(RoleName).find((r) => r === value.trim().toLowerCase());
  if (!role) throw new UserInputError(`"${value}" is not a role; use analyst, coordinator or admin.`, 'role');
  return role;
}

/** Creates a user, or sets the password and role of an existing login when `replace` is true. */
export async function createUser(
  manager: EntityManager | DataSource,
  input: { login: string; password: string; role: RoleName },
  options: { replace?: boolean } = {},
): Promise<User> {
  const login = validateLogin(input.login);
  validatePassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const repo = manager.getRepository(User);
  const existing = await repo.findOne({ where: { login } });
  if (existing) {
    if (!options.replace) throw new UserInputError(`A user with the login "${login}" already exists.`, 'login');
    await repo.update({ id: existing.id }, { passwordHash, role: input.role, failedLogins: 0, lockedUntil: null });
    await manager.getRepository(Session).delete({ userId: existing.id });
    return (await repo.findOneOrFail({ where: { id: existing.id } }));
  }
  return repo.save(repo.create({ login, passwordHash, role: input.role }));
}

export interface CreatedToken {
  token: ApiToken;
  /** The secret, shown once: only its SHA-256 is stored. */
  secret: string;
}

export async function createApiToken(
  manager: EntityManager | DataSource,
  input: { name: string; role: RoleName; expiresInDays: number; createdBy: string },
): Promise<CreatedToken> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) throw new UserInputError('A token name is 1 to 200 characters long.', 'name');
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS) {
    throw new UserInputError(`A token expires after 1 to ${MAX_TOKEN_DAYS} days.`, 'expiresInDays');
  }
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const repo = manager.getRepository(ApiToken);
  const token = await repo.save(
    repo.create({
      name,
      role: input.role,
      createdBy: input.createdBy,
      secretHash: secretHash(secret),
      expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
    }),
  );
  return { token, secret };
}

/** Revokes a token; returns it, or null when no token has that ID. */
export async function revokeApiToken(manager: EntityManager | DataSource, id: string): Promise<ApiToken | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const repo = manager.getRepository(ApiToken);
  await repo.createQueryBuilder().update().set({ revokedAt: () => 'now()' }).where('id = :id AND revoked_at IS NULL', { id }).execute();
  return repo.findOne({ where: { id } });
}

export const ANONYMOUS_ACTOR: Actor = { id: 'anonymous', kind: 'anonymous', role: null, name: 'anonymous' };

const lastUseWritten = new Map<string, number>();

/** The actor of a bearer token, or null when it is unknown, expired or revoked. */
export async function actorFromToken(dataSource: DataSource, secret: string): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const rows: Array<{ id: string; name: string; role: RoleName }> = await dataSource.query(
    'SELECT id, name, role FROM api_token WHERE secret_hash = $1 AND revoked_at IS NULL AND expires_at > now()',
    [secretHash(secret)],
  );
  const token = rows[0];
  if (!token) return null;
  const now = Date.now();
  if ((lastUseWritten.get(token.id) ?? 0) < now - LAST_USED_RESOLUTION_MS) {
    lastUseWritten.set(token.id, now);
    if (lastUseWritten.size > 10_000) lastUseWritten.clear();
    await dataSource.query('UPDATE api_token SET last_used_at = now() WHERE id = $1', [token.id]);
  }
  return { id: `token:${token.id}`, kind: 'token', role: token.role, name: token.name };
}

/** The actor of a session cookie, or null when it is unknown or expired. */
export async function actorFromSession(dataSource: DataSource, secret: string): Promise<Actor | null> {
  if (secret.length < 20 || secret.length > 200) return null;
  const rows: Array<{ id: string; login: string; role: RoleName }> = await dataSource.query(
    `SELECT u.id, u.login, u.role FROM session s JOIN app_user u ON u.id = s.user_id
      WHERE s.secret_hash = $1 AND s.expires_at > now()`,
    [secretHash(secret)],
  );
  const user = rows[0];
  return user ? { id: `user:${user.id}`, kind: 'user', role: user.role, name: user.login, sessionHash: secretHash(secret) } : null;
}

/** Counts a wrong password against the account, and locks it at the limit. */
async function recordFailure(dataSource: DataSource, config: AuthConfig, userId: string): Promise<{ outcome: 'failed'; failures: number } | { outcome: 'locked'; until: Date }> {
  // One statement: concurrent failures cannot be lost, and the lock starts at the limit.
  const result: unknown[] = await dataSource.query(
    `UPDATE app_user SET failed_logins = failed_logins + 1,
            locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE NULL END
      WHERE id = $1 RETURNING failed_logins, locked_until`,
    [userId, config.loginMaxFailures, config.loginLockMinutes],
  );
  // TypeORM answers an UPDATE … RETURNING with [rows, affected].
  const rows = (Array.isArray(result[0]) ? result[0] : result) as Array<{ failed_logins: number; locked_until: Date | null }>;
  const row = rows[0]!;
  if (row.locked_until) return { outcome: 'locked', until: new Date(row.locked_until) };
  return { outcome: 'failed', failures: row.failed_logins };
}

export type PasswordChangeProblem = { field: 'currentPassword' | 'newPassword'; message: string };

/**
 * A signed-in user changes their own password. The current one is checked like a sign-in
 * (a wrong one counts towards the lock); on success every other session of the user ends.
 */
export async function changePassword(
  dataSource: DataSource,
  config: AuthConfig,
  userId: string,
  keepSessionHash: string | undefined,
  currentPassword: string,
  newPassword: string,
): Promise<PasswordChangeProblem | null> {
  const repo = dataSource.getRepository(User);
  const user = await repo.findOne({ where: { id: userId } });
  if (!user) return { field: 'currentPassword', message: 'Your account no longer exists.' };
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    return { field: 'currentPassword', message: `Too many wrong passwords: the account is locked until ${user.lockedUntil.toISOString()}.` };
  }
  const ok = currentPassword.length <= 1000 && (await verifyPassword(currentPassword, user.passwordHash));
  if (!ok) {
    const failure = await recordFailure(dataSource, config, user.id);
    return {
      field: 'currentPassword',
      message: failure.outcome === 'locked' ? `That is not your current password; the account is now locked until ${failure.until.toISOString()}.` : 'That is not your current password.',
    };
  }
  if (newPassword.length < MIN_PASSWORD_LENGTH || newPassword.length > 1000) {
    return { field: 'newPassword', message: `A password must be ${MIN_PASSWORD_LENGTH} to 1000 characters long.` };
  }
  if (newPassword === currentPassword) return { field: 'newPassword', message: 'The new password is the same as the current one.' };
  const passwordHash = await hashPassword(newPassword);
  await dataSource.transaction(async (manager) => {
    await manager.getRepository(User).update({ id: user.id }, { passwordHash, failedLogins: 0, lockedUntil: null });
    await manager.query('DELETE FROM session WHERE user_id = $1 AND secret_hash IS DISTINCT FROM $2', [user.id, keepSessionHash ?? null]);
  });
  return null;
}

export type LoginResult =
  | { outcome: 'ok'; secret: string; expiresAt: Date; user: User }
  | { outcome: 'failed'; failures: number }
  | { outcome: 'locked'; until: Date };

/** Checks a password; counts failures in a row and locks the account after too many. */
export async function login(dataSource: DataSource, config: AuthConfig, loginName: string, password: string): Promise<LoginResult> {
  const repo = dataSource.getRepository(User);
  const user = typeof loginName === 'string' ? await repo.findOne({ where: { login: normalizeLogin(loginName) } }) : null;
  if (!user) {
    dummyHash ??= hashPassword('not the password of anyone');
    await verifyPassword(String(password), await dummyHash);
    return { outcome: 'failed', failures: 1 };
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) return { outcome: 'locked', until: user.lockedUntil };
  const ok = typeof password === 'string' && password.length <= 1000 && (await verifyPassword(password, user.passwordHash));
  if (!ok) {
    return recordFailure(dataSource, config, user.id);
  }
  await repo.update({ id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionTtlHours * 3_600_000);
  await dataSource.getRepository(Session).insert({ userId: user.id, secretHash: secretHash(secret), expiresAt });
  // Expired sessions are removed as new ones are made.
  await dataSource.query('DELETE FROM session WHERE expires_at < now()');
  return { outcome: 'ok', secret, expiresAt, user };
}

export async function logout(dataSource: DataSource, secret: string): Promise<void> {
  await dataSource.query('DELETE FROM session WHERE secret_hash = $1', [secretHash(secret)]);
}
