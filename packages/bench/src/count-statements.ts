/**
 * Preloaded (`node --require`) into every contender's server: counts the SQL statements sent
 * through `pg` (Client#query, whatever the library above it) and answers the count on
 * STATEMENT_COUNTER_PORT, so that statements per request are measured the same way for all.
 */
import http from 'node:http';
import Module from 'node:module';

let statements = 0;
const patched = new WeakSet<object>();

function patch(pg: any): void {
  const proto = pg?.Client?.prototype;
  if (!proto || patched.has(proto)) return;
  patched.add(proto);
  const query = proto.query;
  proto.query = function countedQuery(this: unknown, ...args: unknown[]) {
    statements += 1;
    return query.apply(this, args);
  };
}

const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const originalLoad = loader._load;
loader._load = function load(request: string, parent: unknown, isMain: boolean) {
  const exported = originalLoad.call(this, request, parent, isMain);
  if (request === 'pg') patch(exported);
  return exported;
};

const port = Number(process.env.STATEMENT_COUNTER_PORT);
if (port) {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ statements }));
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}
