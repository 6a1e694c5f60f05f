import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { postgraphilePreset } from './postgraphile-preset';

/** PostGraphile 5 on DATABASE_URL, listening on PORT; pool of DATABASE_POOL_SIZE connections. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 8) });
  const pgl = postgraphile(postgraphilePreset(pool, port));
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server);
  await pgl.getSchema();
  server.listen(port, '127.0.0.1', () => console.log(`postgraphile listening on ${port}`));
  const stop = () => {
    server.close();
    void Promise.resolve(pgl.release())
      .then(() => pool.end())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
