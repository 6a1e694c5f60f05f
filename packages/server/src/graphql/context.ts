import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Language } from './localized';
import type { Loaders } from './loaders';

/** Who is calling. A system actor until users and tokens exist. */
export interface Actor {
  id: string;
  kind: 'system' | 'user' | 'token';
}

/** Built once per request; holds the caller and the request's DataLoaders. */
export interface Context {
  requestId: string;
  /** Language from Accept-Language, the default for every `lang` argument. */
  lang: Language;
  actor: Actor;
  /** The server's configuration (limits such as `graphScanLimit`). */
  config: Config;
  dataSource: DataSource;
  loaders: Loaders;
  logger: Logger;
}
