import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import MissionListPage, { missionFilterFromParams } from '../src/features/mission/MissionListPage';
import { MissionActions } from '../src/features/mission/MissionActions';
import { SearchBox } from '../src/features/search/SearchBox';
import { LanguageSwitcher } from '../src/ui/LanguageSwitcher';
import { i18n } from '../src/i18n';
import { fakeServer, renderWithApp } from './helpers';

const missionRow = (reference: string, synthetic: boolean) => ({
  __typename: 'Mission',
  id: `id-${reference}`,
  reference,
  title: `Mission ${reference}`,
  status: 'PLANNED',
  kind: 'SUPPORT_MISSION',
  synthetic,
  country: { __typename: 'Country', id: 'c-bj', iso2: 'BJ', name: 'Benin' },
  plannedStart: { __typename: 'FuzzyDate', text: 'July 2017' },
  plannedEnd: { __typename: 'FuzzyDate', text: 'July 2017' },
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

test('the mission list reads its filters from the URL and writes them back', async () => {
  window.history.replaceState(null, '', '/missions?status=PLANNED&country=bj&year=2017&synthetic=no');
  const { calls, client } = fakeServer({
    MissionListPage: () => ({
      missions: {
        __typename: 'MissionConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: true, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
        nodes: [missionRow('BJ-2017-07-HRM', false), missionRow('SYN-1', true)],
      },
    }),
  });
  renderWithApp(<MissionListPage />, client);
  await screen.findByRole('link', { name: 'BJ-2017-07-HRM' });
  expect(calls[0].variables.filter).toEqual({
    status: { eq: 'PLANNED' },
    country: { iso2: { eq: 'BJ' } },
    plannedStart: { overlaps: { from: '2017-01-01', to: '2017-12-31' } },
    synthetic: false,
  });
  // The synthetic row carries its badge; the real one does not.
  expect(screen.getByText('Mission SYN-1').parentElement!.textContent).toContain('synthetic');
  expect(screen.getByText('Mission BJ-2017-07-HRM').parentElement!.textContent).not.toContain('synthetic');
  fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'WORKSHOP' } });
  expect(window.location.search).toContain('kind=WORKSHOP');
  expect(window.location.search).toContain('status=PLANNED');
  fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
  await waitFor(() => expect(window.location.search).toContain('after=b'));
  // The export link carries the same filter.
  const href = screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')!;
  expect(JSON.parse(new URLSearchParams(href.split('?')[1]).get('variables')!).filter.kind).toEqual({ eq: 'WORKSHOP' });
});

test('an empty URL filters nothing', () => {
  expect(missionFilterFromParams(new URLSearchParams(''))).toBeUndefined();
});

test('search suggests nodes as you type and opens the chosen one', async () => {
  const { client } = fakeServer({
    SearchBox: (v) => ({
      search: {
        __typename: 'SearchHitConnection',
        totalCount: 1,
        nodes: [
          {
            __typename: 'SearchHit',
            rank: 1,
            snippet: null,
            matchedField: 'title',
            node: { __typename: 'Mission', id: 'm1', reference: 'BJ-2017-07-HRM', title: `Support mission (${v.query})`, synthetic: false },
          },
        ],
      },
    }),
  });
  renderWithApp(<SearchBox />, client);
  const box = screen.getByRole('combobox', { name: 'Search everything' });
  fireEvent.change(box, { target: { value: 'Beni' } });
  const option = await screen.findByRole('option', { name: /Support mission \(Beni\)/ }, { timeout: 3000 });
  fireEvent.keyDown(box, { key: 'ArrowDown' });
  expect(option.getAttribute('aria-selected')).toBe('true');
  fireEvent.mouseDown(option);
  expect(window.location.pathname).toBe('/missions/BJ-2017-07-HRM');
});

test('the language is switched for the interface and remembered', async () => {
  const { client } = fakeServer({});
  renderWithApp(<LanguageSwitcher />, client);
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'nl' } });
  });
  await waitFor(() => expect(i18n.language).toBe('nl'));
  expect(window.localStorage.getItem('coopgraph.language')).toBe('nl');
  expect(document.documentElement.lang).toBe('nl');
  await act(async () => {
    await i18n.changeLanguage('en');
  });
});

test('a version conflict is explained with the other change, and the transition can be reapplied', async () => {
  let attempts = 0;
  const { calls, client } = fakeServer({
    MissionConfirm: (v) => {
      attempts += 1;
      const stale = v.input.version === 1;
      return {
        missionConfirm: {
          __typename: 'MissionPayload',
          mission: null,
          userErrors: stale ? [{ __typename: 'UserError', field: ['input', 'version'], message: 'Version 1 is stale; the mission is at version 2.', code: 'CONFLICT' }] : [],
          warnings: [],
        },
      };
    },
    MissionLatestChange: () => ({
      mission: {
        __typename: 'Mission',
        id: 'm1',
        version: 2,
        status: 'PLANNED',
        history: { __typename: 'ChangeConnection', nodes: [{ __typename: 'Change', actor: 'user:anna', occurredAt: '2026-11-28T10:00:00Z', before: { beneficiary: 'A' }, after: { beneficiary: 'B' } }] },
      },
    }),
  });
  const onDone = jest.fn();
  renderWithApp(<MissionActions mission={{ id: 'm1', reference: 'BJ-1', status: 'PLANNED', version: 1 }} onDone={onDone} />, client);
  fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('user:anna');
  expect(alert.textContent).toContain('beneficiary: A → B');
  fireEvent.click(screen.getByRole('button', { name: 'Reapply my change' }));
  await waitFor(() => expect(onDone).toHaveBeenCalledWith(['The mission is confirmed.']));
  expect(attempts).toBe(2);
  expect(calls.filter((c) => c.operationName === 'MissionConfirm').map((c) => (c.variables.input as { version: number }).version)).toEqual([1, 2]);
});
