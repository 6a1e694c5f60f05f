import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, OUTPUT, watchExternalRequests } from './browser';
import { startServer, type RunningServer } from './server';

/**
 * The dashboard end to end: the real server over HTTP, on a fresh database with the seed
 * and a small synthetic data set, the built app, and Debian's Chromium. The tests run in
 * order and share one browser tab, like a coordinator working through a session.
 */

const BENIN = 'BJ-2017-07-HRM';
const LAPTOP = { width: 1280, height: 800 };
const TABLET = { width: 768, height: 1024 };

let server: RunningServer;
let closeBrowser: () => Promise<void>;
let context: BrowserContext;
let page: Page;
const external: string[] = [];
const pageErrors: string[] = [];
const timings: { path: string; viewport: string; domContentLoadedMs: number; readyMs: number }[] = [];
const assigned: string[] = [];

async function shot(name: string) {
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage: true });
}

/** Waits until the page shows its content: a heading, and no loading indicator left. */
async function settled(p: Page = page) {
  await p.locator('main h1').first().waitFor({ state: 'visible', timeout: 30_000 });
  await p.waitForFunction(() => !document.querySelector('.state-loading'), undefined, { timeout: 30_000 });
}

async function expectAccessible(label: string) {
  const violations = await axeViolations(page);
  if (violations.length) console.error(`axe violations on ${label}:\n${JSON.stringify(violations, null, 2)}`);
  expect(violations.map((v) => `${label}: ${v.id}`)).toEqual([]);
}

async function open(pathname: string, viewportName = 'laptop') {
  const started = Date.now();
  await page.goto(server.url + pathname, { waitUntil: 'domcontentloaded' });
  await settled();
  const readyMs = Date.now() - started;
  const domContentLoadedMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? Math.round(nav.domContentLoadedEventEnd) : -1;
  });
  timings.push({ path: pathname, viewport: viewportName, domContentLoadedMs, readyMs });
}

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  server = await startServer();
  ({ context, close: closeBrowser } = await launchBrowser({ viewport: LAPTOP, locale: 'en-GB' }));
  page = context.pages()[0] ?? (await context.newPage());
  watchExternalRequests(page, external);
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  writeFileSync(path.join(OUTPUT, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  if (timings.length) console.log(`Page load times (ms, until the page shows its content):\n${timings.map((t) => `  ${t.viewport.padEnd(6)} ${String(t.readyMs).padStart(5)}  ${t.path}`).join('\n')}`);
  await closeBrowser?.();
  await server?.stop();
});

test('a coordinator signs in (a wrong password is refused) and lands on the overview', async () => {
  await page.goto(server.url + '/');
  await page.getByRole('heading', { name: 'Sign in to Coopgraph' }).waitFor();
  await expectAccessible('sign-in page');
  await shot('sign-in');
  await page.getByLabel('Login').fill(server.demo.login);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Wrong login or password.' }).waitFor();
  await page.getByLabel('Password').fill(server.demo.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  await settled();
  await page.getByText(`${server.demo.login} · administrator`).waitFor();
});

test('a coordinator finds the July 2017 Benin mission through the search box', async () => {
  await open('/');
  expect(await page.locator('main h1').textContent()).toBe('Overview');
  await expectAccessible('overview');
  await shot('overview');
  const search = page.getByRole('combobox', { name: 'Search everything' });
  await search.fill('Benin');
  const option = page.getByRole('option', { name: /competency management/ });
  await option.waitFor();
  await shot('search-type-ahead');
  await option.click();
  await page.waitForURL(`**/missions/${BENIN}`);
  await settled();
  expect(await page.locator('main h1').textContent()).toContain('competency management and performance appraisal');
  expect(await page.getByText('July 2017').first().isVisible()).toBe(true);
  await expectAccessible('mission detail');
});

test('they assign two synthetic experts from the ranked suggestions', async () => {
  for (let round = 0; round < 2; round += 1) {
    await page.getByRole('button', { name: 'Assign an expert' }).click();
    const dialog = page.getByRole('dialog', { name: `Assign an expert to ${BENIN}` });
    await dialog.waitFor();
    await dialog.getByRole('radio').first().waitFor();
    if (round === 0) {
      await expectAccessible('assign-expert dialog');
      await shot('assign-expert-dialog');
    }
    // The best-ranked suggestion without a conflict.
    const suggestion = dialog.locator('li.suggestion').filter({ hasNot: page.locator('.conflicts') }).first();
    const name = (await suggestion.locator('strong').textContent())!;
    expect(await suggestion.getByText('synthetic').count()).toBeGreaterThan(0);
    await suggestion.getByRole('radio').check();
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'The expert is assigned.' }).waitFor();
    assigned.push(name);
  }
  const experts = page.locator('.assignments li');
  await expect(experts.count()).resolves.toBe(2);
  for (const name of assigned) await page.locator('.assignments').getByRole('link', { name }).waitFor();
  expect(await page.locator('.assignments .badge-synthetic').count()).toBe(2);
  // The change history shows the assignments.
  await page.reload();
  await settled();
  await shot('mission-with-experts');
});

test('they see the mission on the map and in the network view', async () => {
  const benin = page.locator('.country-map path.map-highlight[data-iso-numeric="204"]');
  await benin.waitFor({ state: 'attached' });
  await open('/map');
  const shaded = page.locator('.country-map path[data-iso-numeric="204"]');
  await shaded.waitFor({ state: 'attached' });
  expect(Number(await shaded.getAttribute('data-value'))).toBeGreaterThanOrEqual(1);
  await expectAccessible('map');
  await shot('map');

  await open(`/missions/${BENIN}`);
  await page.getByRole('link', { name: 'Show in network view' }).click();
  await page.waitForURL('**/network/**');
  const canvas = page.locator('.network-canvas');
  await page.waitForFunction(() => Number(document.querySelector('.network-canvas')?.getAttribute('data-node-count')) >= 6, undefined, { timeout: 30_000 });
  const list = page.locator('.network-list');
  for (const name of assigned) await list.getByRole('button', { name }).waitFor();
  await list.getByRole('button', { name: 'Benin', exact: true }).waitFor();
  await expectAccessible('network view');
  await shot('network');
  // Expand an expert: the graph grows with their employer and domains.
  const before = Number(await canvas.getAttribute('data-node-count'));
  await list.getByRole('button', { name: assigned[0] }).click();
  await page.waitForFunction((n) => Number(document.querySelector('.network-canvas')?.getAttribute('data-node-count')) > n, before, { timeout: 30_000 });
  // Filter by type: hide the experts.
  await page.getByRole('checkbox', { name: 'Expert' }).uncheck();
  await list.getByRole('button', { name: assigned[1] }).waitFor({ state: 'detached' });
  await page.getByRole('checkbox', { name: 'Expert' }).check();
  // Open a node's page from the view.
  await list.getByRole('button', { name: 'Benin', exact: true }).click();
  await page.getByRole('link', { name: 'Open its page' }).click();
  await page.waitForURL('**/countries/BJ');
  await settled();
  expect(await page.locator('main h1').textContent()).toContain('Benin');
});

test('they filter the mission list, and the URL shares the same view', async () => {
  await open('/missions');
  await page.getByLabel('Status', { exact: true }).selectOption('PLANNED');
  await page.getByLabel('Country code').fill('BJ');
  await page.getByLabel('Data').selectOption('no');
  await page.waitForURL(/synthetic=no/);
  await page.waitForURL(/status=PLANNED/);
  await page.waitForURL(/country=BJ/);
  await page.locator('tbody tr').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.state-loading'));
  const url = page.url();
  const references = await page.locator('tbody tr td:first-child').allTextContents();
  expect(references).toContain(BENIN);
  await expectAccessible('mission list');
  await shot('missions-filtered');
  const other = await context.newPage();
  await other.goto(url);
  await settled(other);
  await other.locator('tbody tr').first().waitFor();
  expect(await other.locator('tbody tr td:first-child').allTextContents()).toEqual(references);
  expect(await other.getByLabel('Status', { exact: true }).inputValue()).toBe('PLANNED');
  await other.close();

  // The same view as CSV, every page of it.
  const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  const csv = await page.request.get(server.url + href!);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split('\n')[0]).toContain('reference');
  expect(text).toContain(BENIN);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('they plan a new mission, and meet a double booking when assigning an expert', async () => {
  await open('/missions/new?agreement=BOSA-BTC-2017');
  await expectAccessible('plan a mission');
  await page.getByLabel('Reference').fill('BJ-2017-07-E2E');
  await page.getByLabel('Title').fill('Follow-up workshop on performance appraisal');
  await page.getByLabel('Country').selectOption({ label: 'Benin' });
  await page.getByLabel('Domains').selectOption({ label: 'Human-resources management' });
  await page.getByLabel('Kind').selectOption('WORKSHOP');
  // A wrong date first: the form says so on the field.
  await page.getByLabel('Planned start').fill('July');
  await page.getByRole('button', { name: 'Plan the mission' }).click();
  await page.locator('.field.has-error').filter({ hasText: 'Planned start' }).waitFor();
  // The whole of July 2017, to the day: it may overlap the Benin mission (known only to the month).
  await page.getByLabel('Planned start').fill('2017-07-01');
  await page.getByLabel('Planned end').fill('2017-07-31');
  await shot('plan-mission');
  await page.getByRole('button', { name: 'Plan the mission' }).click();
  await page.waitForURL('**/missions/BJ-2017-07-E2E');
  await settled();
  expect(await page.locator('.badge-status').first().textContent()).toBe('Planned');

  // An expert already on the Benin mission: the dry run warns of a possible double booking before saving.
  await assignByName(assigned[0], async (dialog) => {
    await dialog.locator('.check').getByText(/BJ-2017-07-HRM/).waitFor();
    await dialog.locator('.check').getByText(/Warning/).waitFor();
  });

  // A second workshop inside the first, to the day: now the double booking is certain, and
  // only an explicit acceptance lets it through.
  await open('/missions/new?agreement=BOSA-BTC-2017');
  await page.getByLabel('Reference').fill('BJ-2017-07-E2E-2');
  await page.getByLabel('Title').fill('Second follow-up workshop');
  await page.getByLabel('Country').selectOption({ label: 'Benin' });
  await page.getByLabel('Planned start').fill('2017-07-10');
  await page.getByLabel('Planned end').fill('2017-07-14');
  await page.getByRole('button', { name: 'Plan the mission' }).click();
  await page.waitForURL('**/missions/BJ-2017-07-E2E-2');
  await settled();
  await assignByName(assigned[0], async (dialog) => {
    await dialog.locator('.check').getByText(/accept the double booking/).waitFor();
    const submit = dialog.getByRole('button', { name: 'Assign', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    await expectAccessible('double-booking dialog');
    await shot('double-booking');
    await dialog.getByRole('checkbox', { name: /assign anyway/ }).check();
  });
  await page.locator('.assignments').getByText('double booking accepted').waitFor();

  // Move it on: confirm.
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('status').filter({ hasText: 'The mission is confirmed.' }).waitFor();
  expect(await page.locator('.badge-status').first().textContent()).toBe('Confirmed');
});

test('they record an agreement, add its parties and sign it', async () => {
  await open('/agreements/new');
  await expectAccessible('record an agreement');
  await page.getByLabel('Reference').fill('E2E-2026-01');
  await page.getByLabel('Title').fill('Peer learning on civil registration');
  await page.getByLabel('Valid from').fill('2026-01-01');
  await page.getByLabel('Valid until').fill('2025-01-01');
  await page.getByRole('button', { name: 'Record the agreement (draft)' }).click();
  // Dates in the wrong order: the server's error lands on a date field.
  await page.locator('.field.has-error').first().waitFor();
  await page.getByLabel('Valid until').fill('2027-12-31');
  await page.getByRole('button', { name: 'Record the agreement (draft)' }).click();
  await page.waitForURL('**/agreements/E2E-2026-01');
  await settled();
  expect(await page.locator('.badge-status').first().textContent()).toBe('Draft');
  for (const agency of ['Enabel', 'Federal Public Service Policy and Support']) {
    const addButton = page.getByRole('button', { name: 'Add a party' });
    if ((await page.getByLabel('Agency').count()) === 0) await addButton.click();
    await page.getByLabel('Agency').selectOption({ label: agency });
    await page.getByRole('button', { name: 'Add a party' }).click();
    await page.getByRole('button', { name: `Remove ${agency}` }).waitFor();
  }
  await page.getByLabel('Signed on').fill('2026-01-15');
  await page.getByRole('button', { name: 'Sign the agreement' }).click();
  await page.locator('.badge-status').filter({ hasText: 'Signed' }).waitFor();
  await expectAccessible('agreement with parties');
  await shot('agreement-signed');

  // Someone else changes the agreement while the edit dialog is open: their change is shown,
  // and this coordinator's edit is reapplied on top of it.
  await page.getByRole('button', { name: 'Edit the agreement' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Peer learning on civil registration and archives');
  const gql = async (query: string, variables: object) =>
    (await (await page.request.post(`${server.url}/graphql`, { headers: { 'content-type': 'application/json' }, data: { query, variables } })).json()) as any;
  const current = await gql('query($r: String!) { agreement(reference: $r) { id version } }', { r: 'E2E-2026-01' });
  const other = await gql('mutation($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }', {
    input: { id: current.data.agreement.id, version: current.data.agreement.version, validUntil: '2028-06-30' },
  });
  expect(other.data.agreementUpdate.userErrors).toEqual([]);
  await dialog.getByRole('button', { name: 'Save' }).click();
  const conflict = dialog.locator('.conflict');
  await conflict.filter({ hasText: 'valid_until: 2027-12-31 → 2028-06-30' }).waitFor();
  await expectAccessible('agreement version conflict');
  await shot('agreement-conflict');
  await conflict.getByRole('button', { name: 'Reapply my change' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'Peer learning on civil registration and archives' }).waitFor();
  const after = await gql('query($r: String!) { agreement(reference: $r) { title validUntil } }', { r: 'E2E-2026-01' });
  expect(after.data.agreement).toEqual({ title: 'Peer learning on civil registration and archives', validUntil: '2028-06-30' });
});

test('they switch the interface to French, and the choice is remembered', async () => {
  await open('/agreements');
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Accords' }).waitFor();
  await page.reload();
  await settled();
  expect(await page.locator('main h1').textContent()).toBe('Accords');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  await open(`/missions/${BENIN}`);
  expect(await page.locator('.badge-status').first().textContent()).toBe('Planifiée');
  await expectAccessible('mission detail in French');
  await shot('mission-fr');
  await page.getByLabel('Langue').selectOption('nl');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overeenkomsten' }).waitFor();
  await page.getByLabel('Taal').selectOption('en');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).waitFor();
});

test('an analyst runs a query from the guide in GraphiQL, bundled and on the same origin', async () => {
  await open('/graphiql');
  await page.locator('.graphiql-container').waitFor();
  // The editor loads after the page: wait until it shows the first example.
  await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('BOSA-BTC-2017'), undefined, { timeout: 30_000 });
  await page.getByRole('button', { name: /^Execute query/ }).click();
  // The guide's first question: what BOSA and BTC signed in June 2017.
  await page.waitForFunction(() => /"signedOn"[\s\S]*"2017-06-02"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), undefined, { timeout: 30_000 });
  await shot('graphiql');
  expect(external).toEqual([]);
  // GraphiQL's tab bar is re-labelled by the page (flattenTabRoles): the route passes axe too.
  const graphiqlViolations = await axeViolations(page);
  writeFileSync(path.join(OUTPUT, 'graphiql-axe.json'), `${JSON.stringify(graphiqlViolations, null, 2)}\n`);
  expect(graphiqlViolations).toEqual([]);
});

test('an administrator creates a coordinator and an API token; the coordinator signs in and changes their password', async () => {
  await open('/admin');
  await page.getByLabel('Login', { exact: true }).fill('coordinator@example.org');
  await page.getByLabel('Initial password').fill('a long enough passphrase');
  await page.getByLabel('Role').first().selectOption('COORDINATOR');
  await page.getByRole('button', { name: 'Create the user' }).click();
  await page.getByRole('cell', { name: 'coordinator@example.org' }).waitFor();
  await page.getByLabel('What the token is for').fill('nightly export');
  await page.getByRole('button', { name: 'Create the token' }).click();
  const secret = (await page.locator('code.secret').textContent())!;
  expect(secret).toMatch(/^cgt_/);
  // The token works for a program: the API answers it.
  const answer = await page.request.post(`${server.url}/graphql`, {
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    data: { query: '{ viewer { name role } }' },
  });
  expect((await answer.json()).data.viewer).toEqual({ name: 'nightly export', role: 'ANALYST' });
  await expectAccessible('admin');
  await shot('admin');
  await page.getByRole('button', { name: 'Revoke nightly export' }).click();
  await page.getByRole('cell', { name: 'revoked' }).waitFor();

  // Sign out, then in again as the new coordinator.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Coopgraph' }).waitFor();
  await page.getByLabel('Login').fill('coordinator@example.org');
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('coordinator@example.org · coordinator').waitFor();
  expect(await page.getByRole('link', { name: 'Users and tokens' }).count()).toBe(0);

  // They change their password: a wrong current one is named on its field.
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('heading', { name: 'Change your password' }).waitFor();
  await page.getByLabel('Current password').fill('not the passphrase');
  await page.getByLabel('New password', { exact: true }).fill('an even longer passphrase');
  await page.getByLabel('New password again').fill('an even longer passphrase');
  await page.getByRole('button', { name: 'Change the password' }).click();
  await page.locator('.field-error').filter({ hasText: 'That is not your current password.' }).waitFor();
  await page.getByLabel('Current password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Change the password' }).click();
  await page.getByRole('status').filter({ hasText: 'Your password is changed.' }).waitFor();
  await expectAccessible('account');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Login').fill('coordinator@example.org');
  await page.getByLabel('Password').fill('an even longer passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('coordinator@example.org · coordinator').waitFor();
});

/** Opens the assign dialog, finds the expert by name, lets `check` look at the dry run, then assigns. */
async function assignByName(name: string, check: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Assign an expert' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Find an expert by name').fill(name);
  await dialog.locator('li.suggestion').filter({ hasText: name }).getByRole('radio').check();
  await check(dialog);
  await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.assignments').getByRole('link', { name }).waitFor();
}

const ROUTES = [
  '/',
  '/missions',
  `/missions/${BENIN}`,
  '/agreements',
  '/agreements/BOSA-BTC-2017',
  '/experts',
  '/agencies',
  '/domains',
  '/domains/human-resources-management',
  '/countries',
  '/countries/BJ',
  '/map',
  '/search?q=Enabel',
  '/missions/new',
  '/agreements/new',
  '/account',
];

test.each([
  ['laptop', LAPTOP],
  ['tablet', TABLET],
] as const)('every page passes axe (WCAG 2 A and AA) at %s width, with screenshots', async (name, viewport) => {
  await page.setViewportSize(viewport);
  // Detail pages reached by ID: the first expert and agency, and the mission's network.
  const routes = [...ROUTES];
  await open('/experts', name);
  routes.push(new URL(await page.locator('tbody a').first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname);
  await open('/agencies', name);
  routes.push(new URL(await page.locator('tbody a').first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname);
  for (const route of routes) {
    await open(route, name);
    await expectAccessible(`${route} (${name})`);
    // No page may scroll sideways at this width (tables scroll inside their own box).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect([route, overflow <= 1]).toEqual([route, true]);
    await shot(`${name}${route.replace(/[^a-z0-9]+/gi, '-')}`.replace(/-$/, ''));
  }
  await page.setViewportSize(LAPTOP);
  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);
});
