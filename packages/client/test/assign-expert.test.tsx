import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AssignExpertDialog } from '../src/features/mission/AssignExpertDialog';
import { fakeServer, renderWithApp } from './helpers';

const expert = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Expert',
  id,
  name,
  languages: ['fr'],
  synthetic: true,
  employer: { __typename: 'Agency', id: 'ag1', name: 'FPS BOSA' },
  domains: [{ __typename: 'Domain', id: 'd1', key: 'human-resources-management', label: 'Human-resources management', parent: { __typename: 'Domain', id: 'd0', key: 'public-administration' } }],
  busy: { __typename: 'MissionConnection', totalCount: 0, nodes: [] },
  unavailable: { __typename: 'AvailabilityConnection', totalCount: 0, nodes: [] },
  covered: { __typename: 'AvailabilityConnection', totalCount: 1 },
  declared: { __typename: 'AvailabilityConnection', totalCount: 1, nodes: [{ __typename: 'Availability', startsOn: '2017-01-01', endsOn: '2017-12-31' }] },
  ...extra,
});

const mission = {
  id: 'm1',
  reference: 'BJ-2017-07-HRM',
  countryIso2: 'BJ',
  from: '2017-07-01',
  to: '2017-07-31',
  domainKeys: ['human-resources-management'],
  parentKeys: ['public-administration'],
  assignedExpertIds: [],
  outsideAgreement: false,
};

function setup(assignAnswers: ((input: any) => unknown)[]) {
  let call = 0;
  const server = fakeServer({
    AssignExpertDialog: () => ({
      experts: {
        __typename: 'ExpertConnection',
        totalCount: 2,
        nodes: [
          expert('e1', 'Anna Busy', {
            busy: { __typename: 'MissionConnection', totalCount: 1, nodes: [{ __typename: 'Mission', id: 'm9', reference: 'BJ-OTHER', plannedStart: { __typename: 'FuzzyDate', text: 'July 2017' } }] },
          }),
          expert('e2', 'Bert Free'),
        ],
      },
    }),
    MissionAssignExpert: (variables) => assignAnswers[call++](variables.input),
  });
  const onAssigned = jest.fn();
  renderWithApp(<AssignExpertDialog mission={mission} onClose={() => undefined} onAssigned={onAssigned} />, server.client);
  return { ...server, onAssigned };
}

test('suggestions are ranked and a double booking is shown before saving', async () => {
  setup([]);
  const options = await screen.findAllByRole('radio');
  // The free expert first, the double-booked one after, with the conflict spelled out.
  expect(options.map((o) => o.closest('li')!.querySelector('strong')!.textContent)).toEqual(['Bert Free', 'Anna Busy']);
  expect(screen.getByText(/Already booked on BJ-OTHER/)).toBeTruthy();
  expect(screen.getAllByText('synthetic').length).toBeGreaterThan(0);
  expect(screen.getByRole('dialog', { name: /Assign an expert to BJ-2017-07-HRM/ })).toBeTruthy();
});

test('a double booking must be accepted on purpose, and is then sent as acceptConflicts', async () => {
  const { calls, onAssigned } = setup([
    () => ({ missionAssignExpert: { __typename: 'AssignmentPayload', assignment: null, userErrors: [], warnings: [] } }),
  ]);
  fireEvent.click(await screen.findByRole('radio', { name: /Anna Busy/ }));
  const assign = screen.getByRole('button', { name: 'Assign' }) as HTMLButtonElement;
  expect(assign.disabled).toBe(true);
  fireEvent.click(screen.getByRole('checkbox', { name: /assign anyway/ }));
  expect(assign.disabled).toBe(false);
  fireEvent.click(assign);
  await waitFor(() => expect(onAssigned).toHaveBeenCalled());
  const sent = calls.find((c) => c.operationName === 'MissionAssignExpert')!.variables.input as Record<string, unknown>;
  expect(sent).toMatchObject({ missionId: 'm1', expertId: 'e1', acceptConflicts: ['EXPERT_DOUBLE_BOOKED'], role: 'MEMBER' });
});

test("the server's refusal is shown, and its double booking can then be accepted", async () => {
  const { onAssigned } = setup([
    () => ({
      missionAssignExpert: {
        __typename: 'AssignmentPayload',
        assignment: null,
        userErrors: [{ __typename: 'UserError', field: ['input', 'expertId'], message: 'Bert Free is already booked on BJ-X in July 2017.', code: 'EXPERT_DOUBLE_BOOKED' }],
        warnings: [],
      },
    }),
    (input) => {
      expect(input.acceptConflicts).toEqual(['EXPERT_DOUBLE_BOOKED']);
      return { missionAssignExpert: { __typename: 'AssignmentPayload', assignment: null, userErrors: [], warnings: [] } };
    },
  ]);
  fireEvent.click(await screen.findByRole('radio', { name: /Bert Free/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
  expect(await screen.findByText(/already booked on BJ-X/)).toBeTruthy();
  fireEvent.click(screen.getByRole('checkbox', { name: /assign anyway/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
  await waitFor(() => expect(onAssigned).toHaveBeenCalled());
});
