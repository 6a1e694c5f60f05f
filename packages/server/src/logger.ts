import { AsyncLocalStorage } from 'node:async_hooks';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import type { LogLevel, NodeEnv } from './config';

/** What is known about the request being served, wherever the code runs. */
export interface RequestScope {
  requestId: string;
  /** SQL statements sent to the database for this request, counted at the driver. */
  statements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** In development, one readable line per record; elsewhere pino's JSON, one object per line. */
function humanStream(): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        try {
          const { level, time, msg, requestId, pid: _pid, hostname: _host, ...rest } = JSON.parse(line) as Record<string, unknown>;
          const label = pino.levels.labels[Number(level)] ?? String(level);
          const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
          const rid = requestId ? ` [${String(requestId)}]` : '';
          process.stdout.write(`${new Date(Number(time)).toISOString()} ${label.toUpperCase()}${rid} ${String(msg ?? '')}${extra}\n`);
        } catch {
          process.stdout.write(`${line}\n`);
        }
      }
      done();
    },
  });
}

export function createLogger(level: LogLevel, env: NodeEnv): Logger {
  return pino(
    {
      level,
      base: undefined,
      // Every line written while a request is served carries its ID.
      mixin() {
        const scope = requestScope.getStore();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    env === 'development' ? humanStream() : process.stdout,
  );
}
