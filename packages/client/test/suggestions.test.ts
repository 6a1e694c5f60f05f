import { assignmentVerdict } from '../src/features/mission/suggestions';
import { errorsByField } from '../src/ui/user-errors';
import { describeChange } from '../src/features/shared/HistoryList';
import { examplesFromGuide } from '../src/features/graphiql/examples';
import { fuzzyInput } from '../src/features/mission/MissionActions';
import { readFileSync } from 'node:fs';
import path from 'node:path';

test('a dry run blocks, asks for an accepted double booking, or lets the assignment through', () => {
  const booked = { code: 'EXPERT_DOUBLE_BOOKED', message: 'Booked on BJ-X.' };
  const unavailable = { code: 'EXPERT_UNAVAILABLE', message: 'Away.' };
  expect(assignmentVerdict({ errors: [unavailable], warnings: [] }, true)).toBe('blocked');
  expect(assignmentVerdict({ errors: [booked], warnings: [] }, false)).toBe('needs-accept');
  expect(assignmentVerdict({ errors: [booked], warnings: [] }, true)).toBe('ok');
  expect(assignmentVerdict({ errors: [], warnings: [booked] }, false)).toBe('ok');
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
