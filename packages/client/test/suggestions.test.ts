import { rankCandidates } from '../src/features/mission/suggestions';
import { errorsByField } from '../src/ui/user-errors';
import { describeChange } from '../src/features/shared/HistoryList';
import { examplesFromGuide } from '../src/features/graphiql/examples';
import { fuzzyInput } from '../src/features/mission/MissionActions';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const base = { languages: ['fr'], busyCount: 0, unavailableCount: 0, availableCount: 1 };

test('suggestions rank domain match first, then language, and sink experts with conflicts', () => {
  const ranked = rankCandidates(
    [
      { ...base, id: 'related', domains: [{ key: 'civil-service-reform', parent: { key: 'public-administration' } }] },
      { ...base, id: 'exact-busy', domains: [{ key: 'hrm', parent: { key: 'public-administration' } }], busyCount: 1 },
      { ...base, id: 'exact', domains: [{ key: 'hrm', parent: { key: 'public-administration' } }] },
      { ...base, id: 'exact-dutch', languages: ['nl'], domains: [{ key: 'hrm', parent: null }] },
    ],
    { domainKeys: ['hrm'], parentKeys: ['public-administration'], languages: ['fr'] },
  );
  expect(ranked.map((r) => r.candidate.id)).toEqual(['exact', 'exact-dutch', 'related', 'exact-busy']);
  expect(ranked[3].conflicts).toEqual(['EXPERT_DOUBLE_BOOKED']);
  expect(ranked[1].speaksLanguage).toBe(false);
});

test('user errors land on the form field named in their path, others on the form', () => {
  expect(
    errorsByField(
      [
        { field: ['input', 'plannedStart', 'month'], message: 'Month must be 1 to 12.', code: 'INVALID_VALUE' },
        { field: ['input', 'version'], message: 'Stale.', code: 'CONFLICT' },
        { field: null, message: 'Refused.', code: 'FORBIDDEN' },
      ],
      ['plannedStart', 'plannedEnd'],
    ),
  ).toEqual({ plannedStart: 'Month must be 1 to 12.', form: 'Stale. Refused.' });
});

test('a change is described field by field, ignoring version bumps', () => {
  expect(describeChange({ status: 'PLANNED', version: 1 }, { status: 'CONFIRMED', version: 2 })).toEqual(['status: PLANNED → CONFIRMED']);
  expect(describeChange(null, { title: 'New' })).toEqual(['title: New']);
});

test('dates are typed as a day, a month or a year', () => {
  expect(fuzzyInput('2017-07')).toEqual({ precision: 'MONTH', year: 2017, month: 7 });
  expect(fuzzyInput('2017-07-15')).toEqual({ precision: 'DAY', date: '2017-07-15' });
  expect(fuzzyInput('2017')).toEqual({ precision: 'YEAR', year: 2017 });
  expect(fuzzyInput('July')).toBeUndefined();
});

test("GraphiQL's example tabs are the analyst's guide questions", () => {
  const guide = readFileSync(path.join(__dirname, '../../server/docs/analyst-guide.md'), 'utf8');
  const examples = examplesFromGuide(guide);
  expect(examples.length).toBeGreaterThanOrEqual(10);
  expect(examples[0].query).toContain('BOSA-BTC-2017');
  for (const example of examples) expect(example.query).toMatch(/query \w+|^#/m);
});
