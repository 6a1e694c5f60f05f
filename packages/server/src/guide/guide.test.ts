import fs from 'node:fs';
import path from 'node:path';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { guideQuestions } from './questions';
import { renderGuide } from './render';

export const GUIDE_FILE = path.join(__dirname, '..', '..', 'docs', 'analyst-guide.md');

describe.each(databaseKinds())('the analyst\'s guide (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('every question gets the committed answer (run `pnpm guide` after a deliberate change)', async () => {
    expect(guideQuestions.length).toBeGreaterThanOrEqual(10);
    const answers = [];
    for (const question of guideQuestions) {
      answers.push({ question, data: await server.data(question.query, question.variables, question.headers) });
    }
    const rendered = renderGuide(answers);
    if (process.env.COOPGRAPH_WRITE_GUIDE) fs.writeFileSync(GUIDE_FILE, rendered);
    expect(rendered).toBe(fs.readFileSync(GUIDE_FILE, 'utf8'));
  });
});
