import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AssignExpertDialog } from '../src/features/mission/AssignExpertDialog';
import { fakeServer, renderWithApp } from './helpers';

const expert = (id: string, name: string) => ({
  __typename: 'Expert',
  id,
  name,
  languages: ['fr'],
  synthetic: true,
  employer: { __typename: 'Agency', id: 'ag1', name: 'FPS BOSA' },
  domains: [{ __typename: 'Domain', id: 'd1', label: 'Human-resources management' }],
});

const suggestion = (id: string, name: string, score: number, conflicts: { code: string; message: string; certain: boolean }[] = []) => ({
  __typename: 'ExpertSuggestion',
  score,
  fit: conflicts.length ? 'CONFLICT' : 'FREE',
  domainMatch: 1,
  sharedLanguages: ['fr'],
  matchedDomains: [{ __typename: 'Domain', id: 'd1', label: 'Human-resources management' }],
  conflicts: conflicts.map((c) => ({ __typename: 'ExpertSuggestionConflict', ...c })),
  expert: expert(id, name),
});

const mission = { id: 'm1', reference: 'BJ-2017-07-HRM', countryIso2: 'BJ', assignedExpertIds: [], outsideAgreement: false };
const booked = { __typename: 'UserError', field: ['input', 'expertId'], message: 'Anna Busy is booked on BJ-OTHER in July 2017.', code: 'EXPERT_DOUBLE_BOOKED' };
const payload = (userErrors: unknown[] = []) => ({ missionAssignExpert: { __typename: 'AssignmentPayload', assignment: null, userErrors, warnings: [] } });

function setup() {
  const server = fakeServer({
    AssignExpertDialog: (variables) => ({
      mission: {
        __typename: 'Mission',
        id: 'm1',
        expertSuggestions: variables.byName
          ? undefined
          : [suggestion('e2', 'Bert Free', 0.9), suggestion('e1', 'Anna Busy', 0.5, [{ code: 'EXPERT_DOUBLE_BOOKED', message: 'Booked on BJ-OTHER (July 2017).', certain: true }])],
      },
      ...(variables.byName ? { byName: { __typename: 'ExpertConnection', totalCount: 1, nodes: [expert('e3', 'Carla Named')] } } : {}),
    }),
    // The dry run and the real assignment: Anna is double-booked unless it is accepted.
    MissionAssignExpert: ({ input }) => (input.expertId === 'e1' && !input.acceptConflicts?.length ? payload([booked]) : payload()),
  });
  const onAssigned = jest.fn();
  renderWithApp(<AssignExpertDialog mission={mission} onClose={() => undefined} onAssigned={onAssigned} />, server.client);
  return { ...server, onAssigned };
}

test("the server's ranked suggestions are listed with their conflicts and synthetic badges", async () => {
  setup();
  const options = await screen.findAllByRole('radio');
  expect(options.map((o) => o.closest('li')!.querySelector('strong')!.textContent)).toEqual(['Bert Free', 'Anna Busy']);
  expect(screen.getByText(/Booked on BJ-OTHER/)).toBeTruthy();
  expect(screen.getAllByText('synthetic').length).toBe(2);
  expect(screen.getByRole('dialog', { name: /Assign an expert to BJ-2017-07-HRM/ })).toBeTruthy();
});

test('choosing an expert runs a dry run; a double booking must be accepted on purpose before saving', async () => {
  const { calls, onAssigned } = setup();
  fireEvent.click(await screen.findByRole('radio', { name: /Anna Busy/ }));
  await screen.findByText(/accept the double booking/);
  const dry = calls.find((c) => c.operationName === 'MissionAssignExpert')!.variables.input as Record<string, unknown>;
  expect(dry).toMatchObject({ expertId: 'e1', dryRun: true });
  const assign = screen.getByRole('button', { name: 'Assign' }) as HTMLButtonElement;
  expect(assign.disabled).toBe(true);
  fireEvent.click(screen.getByRole('checkbox', { name: /assign anyway/ }));
  expect(assign.disabled).toBe(false);
  fireEvent.click(assign);
  await waitFor(() => expect(onAssigned).toHaveBeenCalled());
  const saved = calls.filter((c) => c.operationName === 'MissionAssignExpert').at(-1)!.variables.input as Record<string, unknown>;
  expect(saved).toMatchObject({ missionId: 'm1', expertId: 'e1', acceptConflicts: ['EXPERT_DOUBLE_BOOKED'], role: 'MEMBER' });
  expect(saved.dryRun).toBeUndefined();
});

test('searching by name lists any expert, and a free one can be assigned at once', async () => {
  const { onAssigned } = setup();
  fireEvent.change(await screen.findByLabelText('Find an expert by name'), { target: { value: 'Carla' } });
  fireEvent.click(await screen.findByRole('radio', { name: /Carla Named/ }));
  await screen.findByText('Carla Named can be assigned.');
  fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
  await waitFor(() => expect(onAssigned).toHaveBeenCalled());
});
