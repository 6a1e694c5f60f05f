# Coopgraph image (the API server and the dashboard it serves at /), built from the monorepo root:
#   docker build -t coopgraph .
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://user:password@host:5432/db coopgraph
# Without DATABASE_URL the server runs on its embedded PGlite database in DATA_DIR
# (/data/pglite here: mount a volume on /data to keep it).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# Build: install the workspace, compile the server, assemble a production bundle.
FROM ${NODE_IMAGE} AS build
ARG PNPM_VERSION=10
ENV CI=true
RUN npm install -g pnpm@${PNPM_VERSION}
WORKDIR /repo

# Manifests first, so the dependency layer is rebuilt only when they change.
# Every workspace package's package.json must be listed here (the lockfile covers
# them all); src/deploy/docker-compose.test.ts checks that none is missing.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
# Patches pnpm applies to dependencies at install (package.json, pnpm.patchedDependencies).
COPY patches/ patches/
COPY packages/server/package.json packages/server/
COPY packages/client/package.json packages/client/
COPY packages/bench/package.json packages/bench/
RUN pnpm install --frozen-lockfile

# Sources, then the build (tsc; allowJs copies src/db/pglite-worker.js to dist/db).
COPY tsconfig.base.json ./
COPY packages/server/ packages/server/
RUN pnpm --filter @coopgraph/server run build \
 && test -f packages/server/dist/main.js \
 && test -f packages/server/dist/db/pglite-worker.js

# The dashboard: static files the server serves at / (CLIENT_DIR); its typed documents are
# committed, so the build needs no code generation. It fails above its JavaScript budget.
COPY packages/client/ packages/client/
RUN pnpm --filter @coopgraph/client run build && test -f packages/client/dist/index.html

# A self-contained copy of the server with its production dependencies only.
# --legacy: pnpm 10's default deploy requires inject-workspace-packages=true in the
# workspace settings; the server has no workspace dependencies, so the legacy mode
# (production node_modules from the workspace lockfile) gives the same result.
# dist/ is git-ignored and the package has no "files" field, so copy it explicitly
# rather than rely on which files deploy considers part of the package.
RUN pnpm deploy --legacy --filter @coopgraph/server --prod /out \
 && rm -rf /out/dist \
 && cp -r packages/server/dist /out/dist \
 && cp -r packages/client/dist /out/client \
 && rm -rf /out/src /out/tsconfig*.json /out/jest.config.js

# ---------------------------------------------------------------------------
# Runtime: Node and the bundle, nothing else; runs as the unprivileged `node` user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data/pglite \
    CLIENT_DIR=/app/client
WORKDIR /app
# Application files stay owned by root (read-only to the server); only the
# embedded database folder is writable.
COPY --from=build /out/ ./
RUN mkdir -p /data/pglite && chown -R node:node /data
USER node
EXPOSE 4000
# /health answers once the server listens (after migrations and seed); the start
# period covers DATABASE_CONNECT_TIMEOUT (30 s) plus the first migration.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself (drains requests within SHUTDOWN_GRACE_MS).
# --no-allocation-site-pretenuring: V8 otherwise learns to allocate some per-request objects
# (the rows array of a pg result, graphql-jit's answer objects, a request's scope) straight
# into the old generation; there they keep the request's young objects alive through every
# young-generation collection until the next full one. Measured at 900 requests/s on one core
# (packages/bench/README.md): bytes promoted per scavenge 954 kB -> 4 kB, scavenge pauses
# 2.6 -> 0.9 ms. The benchmark (packages/bench) starts Coopgraph with this command's Node flags.
# --heap-growing-percent=100: after each full collection V8 lets the old generation grow to
# twice what survived (its own factor goes up to four). Large answers (a 580 kB growth scan, 8 at
# a time) otherwise grew the heap to 250-265 MB of garbage over 50-60 MB live, and the process
# to 378-420 MB resident; with it, 254 MB, at the same throughput (packages/bench/README.md).
# Measured and not applied (packages/bench/README.md, twelfth and thirteenth passes):
# --min-semi-space-size=16 and --single-threaded-gc. On one core they cut the time spent in
# young-generation collections sevenfold, but in full benchmark runs the tail latency moved no
# more than it does from one run to the next, and --single-threaded-gc raised the peak RSS on
# the largest answers from 268 to 318 MB.
# packages/server's start script runs the same flags (src/deploy/docker-compose.test.ts).
CMD ["node", "--no-allocation-site-pretenuring", "--heap-growing-percent=100", "dist/main.js"]
