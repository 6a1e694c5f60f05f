import { Agency, AgencyLineage } from '../features/agency/agency.entity';
import { Agreement, AgreementParty } from '../features/agreement/agreement.entity';
import { Country, PartnerDesignation } from '../features/country/country.entity';
import { Domain } from '../features/domain/domain.entity';
import { Availability, Expert } from '../features/expert/expert.entity';
import { Assignment, Mission } from '../features/mission/mission.entity';
import { Affiliation, Person } from '../features/person/person.entity';
import { Citation, Source } from '../features/source/source.entity';
import type { NodeEntity } from './node';

/** Every GraphQL type that implements Node, by type name (the prefix of its global IDs). */
export const nodeTypes: Record<string, (new () => NodeEntity) & { name: string }> = {
  Agency,
  AgencyLineage,
  Agreement,
  AgreementParty,
  Country,
  PartnerDesignation,
  Domain,
  Person,
  Affiliation,
  Expert,
  Availability,
  Mission,
  Assignment,
  Source,
  Citation,
};
