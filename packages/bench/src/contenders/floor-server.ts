import http from 'node:http';
import pg from 'pg';
import { shapeByName, type Vars } from '../shapes';

/**
 * The floor: node:http and pg, nothing else. Each request names a shape and its variables
 * and is answered by that shape's one hand-written SQL statement, which builds the JSON
 * (prepared once per connection). Body: {"shape": "...", "variables": {...}}.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 8) });
const port = Number(process.env.PORT);

function fail(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ message }] }));
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let shapeName: string;
    let variables: Vars;
    try {
      ({ shape: shapeName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { shape: string; variables: Vars });
    } catch {
      fail(res, 400, 'Body must be JSON: {"shape": "...", "variables": {...}}.');
      return;
    }
    let sql: { sql: string; params: (v: Vars) => unknown[] };
    try {
      sql = shapeByName(shapeName).floor;
    } catch (error) {
      fail(res, 400, (error as Error).message);
      return;
    }
    pool
      .query<{ j: string }>({ name: shapeName, text: sql.sql, values: sql.params(variables) })
      .then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"data":${result.rows[0]!.j}}`);
      })
      .catch((error: Error) => fail(res, 500, error.message));
  });
});

server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log(`floor listening on ${port}`));
const stop = () => {
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
