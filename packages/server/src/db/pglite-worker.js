// Runs PGlite (PostgreSQL compiled to WebAssembly) on its own thread, behind a
// PostgreSQL wire-protocol socket, so that a long query never blocks the server's
// event loop. Plain JavaScript: worker threads load files as they are, without the
// TypeScript transform that tests use.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require('@electric-sql/pglite');
const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
const { unaccent } = require('@electric-sql/pglite/contrib/unaccent');
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm');
const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist');

let db;
let server;

async function start() {
  const { dataDir, socketPath } = workerData;
  db = await PGlite.create({
    dataDir: dataDir === 'memory' ? undefined : dataDir,
    extensions: { unaccent, pg_trgm, btree_gist },
  });
  server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 4 });
  await server.start();
  parentPort.postMessage({ type: 'ready' });
}

async function stop() {
  try {
    if (server) await server.stop();
    if (db && !db.closed) await db.close();
    parentPort.postMessage({ type: 'closed' });
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String((error && error.message) || error) });
  }
}

parentPort.on('message', (message) => {
  if (message && message.type === 'close') void stop();
});

start().catch((error) => {
  parentPort.postMessage({ type: 'error', message: String((error && error.message) || error) });
});
