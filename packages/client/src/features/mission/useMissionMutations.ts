import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AssignmentRole, FuzzyDateInput, UserErrorCode } from '../../gql/graphql';

const MissionPlan = graphql(`
  mutation MissionPlan($input: MissionPlanInput!) {
    missionPlan(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }
  }
`);
const MissionConfirm = graphql(`
  mutation MissionConfirm($input: MissionTransitionInput!) {
    missionConfirm(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }
  }
`);
const MissionStart = graphql(`
  mutation MissionStart($input: MissionStartInput!) {
    missionStart(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }
  }
`);
const MissionComplete = graphql(`
  mutation MissionComplete($input: MissionCompleteInput!) {
    missionComplete(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }
  }
`);
const MissionCancel = graphql(`
  mutation MissionCancel($input: MissionTransitionInput!) {
    missionCancel(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }
  }
`);
const MissionAssignExpert = graphql(`
  mutation MissionAssignExpert($input: MissionAssignExpertInput!) {
    missionAssignExpert(input: $input) {
      assignment { id mission { ...MissionDetail_mission } }
      userErrors { field message code }
      warnings { field message code }
    }
  }
`);
const MissionUnassignExpert = graphql(`
  mutation MissionUnassignExpert($input: MissionUnassignExpertInput!) {
    missionUnassignExpert(input: $input) {
      assignment { id mission { ...MissionDetail_mission } }
      userErrors { field message code }
      warnings { field message code }
    }
  }
`);

export type Transition = 'plan' | 'confirm' | 'start' | 'complete' | 'cancel';

/** The transitions each status allows, in the order the buttons show. */
export const TRANSITIONS: Record<string, Transition[]> = {
  CONSIDERED: ['plan', 'cancel'],
  PLANNED: ['confirm', 'cancel'],
  CONFIRMED: ['start', 'cancel'],
  ONGOING: ['complete', 'cancel'],
  COMPLETED: [],
  CANCELLED: [],
};

export function useMissionTransitions() {
  const [plan] = useMutation(MissionPlan);
  const [confirm] = useMutation(MissionConfirm);
  const [start] = useMutation(MissionStart);
  const [complete] = useMutation(MissionComplete);
  const [cancel] = useMutation(MissionCancel);
  return async (transition: Transition, id: string, version: number, dates?: { plannedStart?: FuzzyDateInput; plannedEnd?: FuzzyDateInput }) => {
    const input = { id, version };
    switch (transition) {
      case 'plan':
        return (await plan({ variables: { input: { ...input, ...dates } } })).data?.missionPlan;
      case 'confirm':
        return (await confirm({ variables: { input } })).data?.missionConfirm;
      case 'start':
        return (await start({ variables: { input } })).data?.missionStart;
      case 'complete':
        return (await complete({ variables: { input } })).data?.missionComplete;
      case 'cancel':
        return (await cancel({ variables: { input } })).data?.missionCancel;
    }
  };
}

export function useAssignExpert() {
  const [assign, state] = useMutation(MissionAssignExpert);
  return {
    state,
    assign: async (input: { missionId: string; expertId: string; role: AssignmentRole; days?: number | null; acceptConflicts?: UserErrorCode[]; dryRun?: boolean }) =>
      // A dry run writes nothing: it must not refresh the mission in the cache either.
      (await assign({ variables: { input }, fetchPolicy: input.dryRun ? 'no-cache' : undefined })).data?.missionAssignExpert,
  };
}

export function useUnassignExpert() {
  const [unassign] = useMutation(MissionUnassignExpert);
  return async (assignmentId: string) => (await unassign({ variables: { input: { assignmentId } } })).data?.missionUnassignExpert;
}
