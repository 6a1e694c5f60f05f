// Checks docker-compose.yml, the Dockerfile and .dockerignore at the repository root
// against the server's configuration. No Docker engine runs here, so these files are
// read and checked, not run.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const composePath = path.join(repoRoot, 'docker-compose.yml');
const dockerfilePath = path.join(repoRoot, 'Dockerfile');
const configPath = path.join(repoRoot, 'packages', 'server', 'src', 'config.ts');

/** Variables the app service may set although config.ts does not read them (yet). */
const EXTRA_ALLOWED_ENV = new Set<string>([]);

type Env = Record<string, string>;

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | number | { target?: number | string; published?: number | string }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  stop_grace_period?: string;
}

interface Compose {
  services: Record<string, Service>;
}

function readCompose(): Compose {
  return YAML.parse(fs.readFileSync(composePath, 'utf8')) as Compose;
}

/** A service's environment as name -> raw value (map or list syntax). */
function environmentOf(service: Service): Env {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, value === null ? '' : String(value)]));
}

/** Compose's interpolation: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}. */
function interpolate(value: string, vars: Env): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, name, op, fallback, bare) => {
    if (match === '$$') return '$';
    if (bare) return vars[bare] ?? '';
    const set = vars[name];
    if (op === ':-') return set === undefined || set === '' ? fallback : set;
    if (op === '-') return set === undefined ? fallback : set;
    return set ?? '';
  });
}

/** The whole value is one `${NAME:-default}` (or `${NAME-default}`) reference. */
const VARIABLE_WITH_DEFAULT = /^\$\{([A-Za-z_][A-Za-z0-9_]*):?-([^}]+)\}$/;

/** Names of the environment variables config.ts reads: env.X, env['X'], and helper(env, 'X', ...). */
function configVariables(): Set<string> {
  const source = fs.readFileSync(configPath, 'utf8');
  const names = new Set<string>();
  const patterns = [
    /\benv\.([A-Z][A-Z0-9_]*)\b/g,
    /\benv\[\s*['"`]([A-Z][A-Z0-9_]*)['"`]\s*\]/g,
    // readInt(env, 'PORT', ...), readBool(env, ...), readEnum(env, ...)
    /\(\s*env\s*,\s*['"`]([A-Z][A-Z0-9_]*)['"`]/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) names.add(match[1]);
  return names;
}

/** Compose durations: 1h2m3s, 500ms, 20s. */
function durationMs(value: string): number {
  const units: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(us|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value.trim()) {
    throw new Error(`not a duration: ${value}`);
  }
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit], 0);
}

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions with continuations joined and comments dropped. */
function dockerfileInstructions(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending = '';
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    if (!full) continue;
    const match = /^(\S+)\s*(.*)$/.exec(full)!;
    instructions.push({ keyword: match[1].toUpperCase(), args: match[2].trim() });
  }
  return instructions;
}

/** The instructions of the last stage: what the image runs. */
function finalStage(instructions: Instruction[]): Instruction[] {
  const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
  return instructions.slice(lastFrom);
}

function envInstructions(stage: Instruction[]): Env {
  const env: Env = {};
  for (const { args } of stage.filter((i) => i.keyword === 'ENV')) {
    for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
      env[match[1]] = match[2].replace(/^"|"$/g, '');
    }
  }
  return env;
}

describe('docker-compose.yml', () => {
  const compose = readCompose();
  const services = compose.services ?? {};
  const app = services.app ?? {};
  const db = services.db ?? {};
  const appEnv = environmentOf(app);
  const dbEnv = environmentOf(db);

  test('defines the db, redis and app services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['db', 'redis', 'app']));
    expect(db.image).toMatch(/^postgres:15\b/);
    expect(services.redis.image).toMatch(/^redis:7/);
  });

  test('app builds from the Dockerfile at the repository root, which exists', () => {
    const build = typeof app.build === 'string' ? { context: app.build } : app.build;
    expect(build).toBeDefined();
    const context = path.resolve(repoRoot, build!.context ?? '.');
    expect(context).toBe(repoRoot);
    const dockerfile = path.resolve(context, build!.dockerfile ?? 'Dockerfile');
    expect(dockerfile).toBe(dockerfilePath);
    expect(fs.existsSync(dockerfile)).toBe(true);
  });

  test('db takes its user, password and database from variables with defaults', () => {
    for (const name of ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB']) {
      expect({ name, value: dbEnv[name] }).toEqual({ name, value: expect.stringMatching(VARIABLE_WITH_DEFAULT) });
    }
  });

  test("app's DATABASE_URL points at host db with the db service's user, password and database", () => {
    const url = appEnv.DATABASE_URL;
    const parts = /^postgres(?:ql)?:\/\/(\$\{[^}]+\}):(\$\{[^}]+\})@([^:/]+)(?::(\d+))?\/(\$\{[^}]+\})$/.exec(url ?? '');
    expect(parts).not.toBeNull();
    const [, user, password, host, port, database] = parts!;
    expect(host).toBe('db');
    expect(port ?? '5432').toBe('5432');
    // The very same references (variable and default) as the db service.
    expect({ user, password, database }).toEqual({
      user: dbEnv.POSTGRES_USER,
      password: dbEnv.POSTGRES_PASSWORD,
      database: dbEnv.POSTGRES_DB,
    });

    // With the defaults, and with every variable overridden, both sides agree.
    const overrides = { POSTGRES_USER: 'ops', POSTGRES_PASSWORD: 'from-the-environment', POSTGRES_DB: 'registry' };
    for (const vars of [{}, overrides] as Env[]) {
      const parsed = new URL(interpolate(url, vars));
      expect(parsed.hostname).toBe('db');
      expect(decodeURIComponent(parsed.username)).toBe(interpolate(dbEnv.POSTGRES_USER, vars));
      expect(decodeURIComponent(parsed.password)).toBe(interpolate(dbEnv.POSTGRES_PASSWORD, vars));
      expect(decodeURIComponent(parsed.pathname.slice(1))).toBe(interpolate(dbEnv.POSTGRES_DB, vars));
    }
    expect(new URL(interpolate(url, overrides)).password).toBe('from-the-environment');
  });

  test('app waits for a healthy db and redis, and runs in production on all interfaces', () => {
    const dependsOn = app.depends_on;
    expect(Array.isArray(dependsOn)).toBe(false);
    const conditions = dependsOn as Record<string, { condition?: string }>;
    expect(conditions.db?.condition).toBe('service_healthy');
    expect(conditions.redis?.condition).toBe('service_healthy');
    expect(appEnv.HOST).toBe('0.0.0.0');
    expect(appEnv.NODE_ENV).toBe('production');
    expect(appEnv.REDIS_URL).toBe('redis://redis:6379');
  });

  test('every service has a healthcheck that checks the right thing', () => {
    for (const [name, service] of Object.entries(services)) {
      const test = service.healthcheck?.test;
      // ["CMD", prog, ...args], ["CMD-SHELL", "command"] or a command string; not NONE.
      const usable = Array.isArray(test)
        ? ['CMD', 'CMD-SHELL'].includes(test[0]) && test.length >= 2 && test[1].trim() !== ''
        : typeof test === 'string' && test.trim() !== '';
      expect({ name, usable, disabled: service.healthcheck?.disable ?? false }).toEqual({ name, usable: true, disabled: false });
    }
    const flat = (service: Service) => [service.healthcheck?.test ?? []].flat().join(' ');
    expect(flat(db)).toContain('pg_isready');
    expect(flat(services.redis)).toMatch(/redis-cli\s+ping/);
    expect(flat(app)).toMatch(/^CMD node -e .*\/health\b/);
  });

  test('app publishes port 4000', () => {
    const published = (app.ports ?? []).map((port) => {
      if (typeof port === 'object') return { host: String(port.published ?? ''), container: String(port.target) };
      const fields = String(port).replace(/\/(tcp|udp)$/, '').split(':');
      return { host: fields.length > 1 ? fields[fields.length - 2] : '', container: fields[fields.length - 1] };
    });
    expect(published).toContainEqual({ host: '4000', container: '4000' });
    expect(appEnv.PORT ?? '4000').toBe('4000');
  });

  test("app sets only variables the server's configuration reads", () => {
    const known = configVariables();
    // The parser itself still finds what config.ts is known to read.
    expect([...known]).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'DATA_DIR', 'HOST', 'PORT', 'NODE_ENV', 'LOG_LEVEL', 'SHUTDOWN_GRACE_MS']),
    );
    const unknown = Object.keys(appEnv).filter((name) => !known.has(name) && !EXTRA_ALLOWED_ENV.has(name));
    expect(unknown).toEqual([]);
  });

  test('no literal secrets: passwords come from ${VAR:-default} variables', () => {
    const secretName = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY)$/i;
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environmentOf(service))) {
        if (secretName.test(key)) {
          expect({ service: name, key, value }).toEqual({ service: name, key, value: expect.stringMatching(VARIABLE_WITH_DEFAULT) });
        }
        // Credentials inside a URL: the password part must be a variable too.
        const credentials = /^[a-z][a-z0-9+.-]*:\/\/(?:\$\{[^}]*\}|[^:/@$])*:((?:\$\{[^}]*\}|[^/@$])*)@/i.exec(value);
        if (credentials) {
          expect({ service: name, key, password: credentials[1] }).toEqual({
            service: name,
            key,
            password: expect.stringMatching(VARIABLE_WITH_DEFAULT),
          });
        }
      }
    }
  });

  test('stop_grace_period leaves the server its SHUTDOWN_GRACE_MS to drain', () => {
    const graceMs = Number(appEnv.SHUTDOWN_GRACE_MS ?? 10000);
    expect(app.stop_grace_period).toBeDefined();
    expect(durationMs(app.stop_grace_period!)).toBeGreaterThan(graceMs);
  });
});

describe('Dockerfile', () => {
  const text = fs.existsSync(dockerfilePath) ? fs.readFileSync(dockerfilePath, 'utf8') : '';
  const instructions = dockerfileInstructions(text);
  const runtime = finalStage(instructions);

  test('is a multi-stage build whose runtime stage starts from node:20', () => {
    const froms = instructions.filter((i) => i.keyword === 'FROM');
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const args = Object.fromEntries(
      instructions
        .filter((i) => i.keyword === 'ARG' && i.args.includes('='))
        .map((i) => i.args.split('=', 2) as [string, string]),
    );
    const image = runtime[0].args.split(/\s+/)[0].replace(/^\$\{?(\w+)\}?$/, (_, name: string) => args[name] ?? name);
    expect(image).toBe('node:20-bookworm-slim');
  });

  test('has a HEALTHCHECK on /health in the image it runs', () => {
    const healthchecks = runtime.filter((i) => i.keyword === 'HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0].args).not.toMatch(/^NONE\b/i);
    expect(healthchecks[0].args).toMatch(/\bCMD\b.*\/health\b/);
  });

  test('runs as a non-root user', () => {
    const users = runtime.filter((i) => i.keyword === 'USER').map((i) => i.args.split(':')[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0']).not.toContain(users[users.length - 1]);
  });

  test('CMD runs dist/main.js with node', () => {
    const cmds = runtime.filter((i) => i.keyword === 'CMD');
    expect(cmds.length).toBeGreaterThan(0);
    const cmd = JSON.parse(cmds[cmds.length - 1].args) as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd).toContain('dist/main.js');
  });

  test("packages/server's start script runs the image's Node flags (the benchmark measures those)", () => {
    const cmds = runtime.filter((i) => i.keyword === 'CMD');
    const cmd = JSON.parse(cmds[cmds.length - 1].args) as string[];
    const imageFlags = cmd.slice(1, cmd.indexOf('dist/main.js'));
    const start = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages', 'server', 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/);
    expect(start[0]).toBe('node');
    expect(start.at(-1)).toBe('dist/main.js');
    // Source maps only for the start script (stack traces in a checkout); the rest identical.
    expect(start.slice(1, -1).filter((flag) => flag !== '--enable-source-maps')).toEqual(imageFlags);
    expect(imageFlags).toContain('--heap-growing-percent=100');
  });

  test('runtime defaults: production, all interfaces, port 4000', () => {
    const env = envInstructions(runtime);
    expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '4000' });
    expect(runtime.filter((i) => i.keyword === 'EXPOSE').map((i) => i.args)).toContain('4000');
  });

  test("copies every workspace package's manifest before pnpm install --frozen-lockfile", () => {
    const install = instructions.findIndex((i) => i.keyword === 'RUN' && /\bpnpm install\b/.test(i.args));
    expect(install).toBeGreaterThan(-1);
    expect(instructions[install].args).toContain('--frozen-lockfile');
    const copied = instructions
      .slice(0, install)
      .filter((i) => i.keyword === 'COPY')
      .flatMap((i) => i.args.split(/\s+/).filter((word) => !word.startsWith('--')).slice(0, -1));
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml']));
    const packagesDir = path.join(repoRoot, 'packages');
    const manifests = fs
      .readdirSync(packagesDir)
      .filter((name) => fs.existsSync(path.join(packagesDir, name, 'package.json')))
      .map((name) => `packages/${name}/package.json`);
    expect(manifests).toContain('packages/server/package.json');
    for (const manifest of manifests) expect({ manifest, copied: copied.includes(manifest) }).toEqual({ manifest, copied: true });
  });

  test('.dockerignore keeps local dependencies, builds and data out of the context', () => {
    const ignore = fs.readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim());
    expect(ignore).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '**/.data', '.git']));
  });
});
