import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { RequestScope } from '../logger';
import type { Language } from './localized';
import type { Loaders } from './loaders';

/** What a caller may do: analysts read, coordinators also write and see personal data, admins also manage access. */
export type Role = 'analyst' | 'coordinator' | 'admin';

export const ROLES: readonly Role[] = ['analyst', 'coordinator', 'admin'];

/** Who is calling: a signed-in user, an API token, an anonymous caller (public read), or the system itself. */
export interface Actor {
  /** `user:<uuid>`, `token:<uuid>`, `anonymous` or `system`: what the change history and the access log record. */
  id: string;
  kind: 'system' | 'user' | 'token' | 'anonymous';
  /** Null for anonymous callers. The system actor acts as admin. */
  role: Role | null;
  /** The user's login or the token's name, for `viewer` and logs. */
  name: string;
  /** For a signed-in user: the SHA-256 of the session's secret (a password change keeps that session). */
  sessionHash?: string;
}

/** One read of a personal-data field, logged when the request ends. */
export interface PersonalDataRead {
  subjectType: string;
  subjectId: string;
  field: string;
}

/** Built once per request; holds the caller and the request's DataLoaders. */
export interface Context {
  requestId: string;
  /** The request's ID and the statements it has sent so far (counted at the driver). */
  scope: RequestScope;
  /** Language from Accept-Language, the default for every `lang` argument. */
  lang: Language;
  actor: Actor;
  /** The server's configuration (limits such as `graphScanLimit`). */
  config: Config;
  dataSource: DataSource;
  loaders: Loaders;
  logger: Logger;
  /** Personal data this request read, written to the access log when it ends. */
  personalDataReads: PersonalDataRead[];
  /** True when a browser sent the request from another origin (an allow-listed one: CORS refuses the rest). */
  crossOrigin: boolean;
  /** The configured cost limit (`viewer.maxCost`). */
  maxCost: number;
}
