import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config';

/** An embedded PostgreSQL (PGlite) running in a worker thread, reachable over a Unix socket. */
export interface EmbeddedDatabase {
  /** Directory holding the socket: `pg` connects with `host` set to it. */
  socketDir: string;
  port: number;
  stop(): Promise<void>;
}

const SOCKET_PORT = 5432;

function ensureWritable(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ConfigError('DATA_DIR', `cannot create or write the embedded database folder ${dataDir} (${code}).`);
  }
}

export async function startEmbeddedDatabase(dataDir: string | 'memory'): Promise<EmbeddedDatabase> {
  if (dataDir !== 'memory') ensureWritable(dataDir);
  // A private folder for the socket: nobody else on the machine can connect.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-pglite-'));
  fs.chmodSync(socketDir, 0o700);
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const worker = new Worker(path.join(__dirname, 'pglite-worker.js'), { workerData: { dataDir, socketPath } });

  const starting = new Promise<void>((resolve, reject) => {
    const onMessage = (message: { type: string; message?: string }) => {
      if (message.type === 'ready') {
        cleanup();
        resolve();
      } else if (message.type === 'error') {
        cleanup();
        void worker.terminate();
        const detail = message.message ?? 'unknown error';
        reject(
          dataDir === 'memory'
            ? new Error(`The embedded database failed to start: ${detail}`)
            : new ConfigError('DATA_DIR', `the embedded database in ${dataDir} failed to start: ${detail}.`),
        );
      }
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`The embedded database thread exited during start (code ${code}).`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('exit', onExit);
  });
  try {
    await starting;
  } catch (error) {
    fs.rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    socketDir,
    port: SOCKET_PORT,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 10_000);
        worker.on('message', (message: { type: string }) => {
          if (message.type === 'closed' || message.type === 'error') {
            clearTimeout(timer);
            void worker.terminate().then(() => resolve());
          }
        });
        worker.postMessage({ type: 'close' });
      }).finally(() => fs.rmSync(socketDir, { recursive: true, force: true }));
      return stopping;
    },
  };
}
