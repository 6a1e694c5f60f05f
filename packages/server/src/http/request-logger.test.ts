import { Writable } from 'node:stream';
import pino from 'pino';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

/**
 * A request's child logger (bound to its request ID) is made when the request logs, not for
 * every request: Apollo copies the context's own properties before each operation, so the
 * logger sits behind a getter on the context's prototype. Real HTTP, a real pino logger.
 */
const kind = databaseKinds()[0]!;
let server: TestServer;
const lines: Array<Record<string, unknown>> = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  }),
);

beforeAll(async () => {
  server = await startTestServer(kind, { logger });
});
afterAll(() => server?.close());

test('a request that logs nothing makes no child logger; one that logs does, with its request ID', async () => {
  const child = jest.spyOn(logger, 'child');
  try {
    const quiet = await server.gql('{ agencies(first: 2) { nodes { id name } } }', undefined, { 'x-request-id': 'quiet-1' });
    expect(quiet.body.errors).toBeUndefined();
    expect(child).not.toHaveBeenCalled();

    // A coordinator reading an e-mail address: the personal-data access log line.
    const read = await server.gql('{ people(first: 3) { nodes { id email } } }', undefined, { 'x-request-id': 'reads-1' });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.people.nodes.some((p: { email: string | null }) => p.email !== null)).toBe(true);
    expect(child).toHaveBeenCalledTimes(1);
    expect(child).toHaveBeenCalledWith({ requestId: 'reads-1' });
    expect(lines.filter((l) => l.msg === 'personal data read')).toEqual([expect.objectContaining({ requestId: 'reads-1', msg: 'personal data read' })]);
  } finally {
    child.mockRestore();
  }
});
