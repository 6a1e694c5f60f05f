import 'reflect-metadata';
import { startCoopgraph } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(`Coopgraph cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel, config.env);
  let app;
  try {
    app = await startCoopgraph(config, logger);
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `${(error as Error).message ?? error}`;
    logger.fatal({ err: error instanceof ConfigError ? undefined : error }, `Coopgraph cannot start: ${message}`);
    console.error(`Coopgraph cannot start: ${message}`);
    process.exit(1);
  }

  const shutdown = (signal: string) => {
    logger.info(`${signal} received: finishing requests in flight, then closing the database`);
    const timer = setTimeout(() => {
      logger.error(`Shutdown took longer than ${config.shutdownGraceMs} ms (SHUTDOWN_GRACE_MS); exiting`);
      process.exit(1);
    }, config.shutdownGraceMs);
    timer.unref();
    app.close().then(
      () => {
        logger.info('Stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
