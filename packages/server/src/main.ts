import 'reflect-metadata';
import { startCoopgraph, type Coopgraph } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './logger';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    console.error(`Coopgraph cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}

function main(): void {
  const config = readConfig();
  const logger = createLogger(config.logLevel, config.env);

  const starting: Promise<Coopgraph> = startCoopgraph(config, logger);
  starting.catch((error: unknown) => {
    const message = error instanceof ConfigError ? error.message : String((error as Error).message ?? error);
    logger.fatal({ err: error instanceof ConfigError ? undefined : error }, `Coopgraph cannot start: ${message}`);
    console.error(`Coopgraph cannot start: ${message}`);
    process.exit(1);
  });

  // Installed before start-up finishes: a stop requested while starting waits for the
  // start to complete, then closes everything in order.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} received again while stopping`);
      return;
    }
    stopping = true;
    logger.info(`${signal} received: finishing requests in flight, then closing the database`);
    const timer = setTimeout(() => {
      logger.error(`Shutdown took longer than ${config.shutdownGraceMs} ms (SHUTDOWN_GRACE_MS); exiting`);
      process.exit(1);
    }, config.shutdownGraceMs);
    timer.unref();
    starting
      .then((app) => app.close())
      .then(
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
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main();
