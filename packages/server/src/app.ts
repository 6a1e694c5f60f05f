import 'reflect-metadata';
import type { Logger } from 'pino';
import type { Config } from './config';
import { openDatabase, type Database } from './db/data-source';
import { startHttpServer, type RunningServer } from './http/server';
import { provisionDemoAccess } from './features/auth/demo';
import { seedPressRelease } from './seed/seed';
import { generateSynthetic } from './synthetic/generate';

export interface Coopgraph {
  url: string;
  port: number;
  db: Database;
  /** Drains requests, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database, migrates and seeds it as configured, and serves the API. */
export async function startCoopgraph(config: Config, logger: Logger): Promise<Coopgraph> {
  const started = Date.now();
  const db = await openDatabase(config, {
    onRetry: (attempt, delayMs, reason) =>
      logger.warn({ attempt, delayMs, reason }, `Database not reachable yet (${reason}); retrying in ${delayMs} ms`),
  });
  let server: RunningServer | undefined;
  try {
    if (config.migrateOnStart) {
      const applied = await db.dataSource.runMigrations();
      if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, `Applied ${applied.length} migration(s)`);
    }
    if (config.seedOnStart) {
      const report = await seedPressRelease(db.dataSource);
      const inserted = Object.values(report.inserted).reduce((a, b) => a + b, 0);
      logger.info({ inserted: report.inserted }, inserted > 0 ? `Seeded ${inserted} rows from the press release` : 'Seed data already present');
    }
    if (config.syntheticScale > 0) {
      const report = await generateSynthetic(db.dataSource, { scale: config.syntheticScale });
      if (!report.skipped) {
        const rows = Object.values(report.counts).reduce((a, b) => a + b, 0);
        logger.info({ counts: report.counts, ms: report.ms }, `Loaded ${rows} rows of synthetic demonstration data (SYNTHETIC_SCALE=${config.syntheticScale})`);
      }
    }
    if (config.auth.demoAccess) {
      const demo = await provisionDemoAccess(db.dataSource);
      // Printed on purpose (DEMO_ACCESS): a local demo must be usable in its first minute.
      logger.warn(
        { demoLogin: demo.login },
        `Demo access (DEMO_ACCESS=true; never in production): sign in as "${demo.login}" with password ${demo.password} (admin), ` +
          `or send the analyst token: export COOPGRAPH_TOKEN=${demo.token}`,
      );
    }
    server = await startHttpServer(config, db, logger);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const where = config.database.kind === 'postgres' ? `PostgreSQL at ${config.database.display}` : `embedded PGlite (${config.database.dataDir})`;
  logger.info({ ms: Date.now() - started, database: db.kind }, `Coopgraph ready at ${server.url}/graphql on ${where}`);
  const running = server;
  let closing: Promise<void> | undefined;
  return {
    url: running.url,
    port: running.port,
    db,
    close() {
      closing ??= (async () => {
        await running.stop();
        await db.close();
      })();
      return closing;
    },
  };
}
