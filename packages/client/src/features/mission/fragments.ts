import { graphql } from '../../gql';

/** What the detail page shows of a mission; mutation payloads select it too, so the cache stays current. */
export const MissionDetail_mission = graphql(`
  fragment MissionDetail_mission on Mission {
    id
    reference
    title
    status
    kind
    version
    synthetic
    beneficiary
    objectives
    plannedStart { text earliest latest precision }
    plannedEnd { text earliest latest precision }
    actualStart { text }
    actualEnd { text }
    country { id iso2 isoNumeric name synthetic }
    agreement { id reference title validFrom validUntil synthetic }
    domains { id key label synthetic parent { key } }
    assignments { ...AssignmentItem_assignment }
  }
`);

export const AssignmentItem_assignment = graphql(`
  fragment AssignmentItem_assignment on Assignment {
    id
    role
    days
    version
    synthetic
    acceptedConflicts
    expert { id name languages synthetic employer { id name } }
  }
`);
