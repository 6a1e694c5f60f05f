import { Agency, AgencyLineage, AgencyName } from '../features/agency/agency.entity';
import { Agreement, AgreementCountry, AgreementDomain, AgreementParty } from '../features/agreement/agreement.entity';
import { Country, PartnerDesignation } from '../features/country/country.entity';
import { Domain } from '../features/domain/domain.entity';
import { Availability, Expert, ExpertDomain } from '../features/expert/expert.entity';
import { ApiToken, PersonalDataReadLog, Session, User } from '../features/auth/auth.entity';
import { Change } from '../features/history/change.entity';
import { IdempotencyKey } from '../features/history/idempotency-key.entity';
import { Assignment, Mission, MissionDomain } from '../features/mission/mission.entity';
import { Affiliation, Person } from '../features/person/person.entity';
import { SearchDocument } from '../features/search/search.entity';
import { Citation, Source } from '../features/source/source.entity';

/** Every table, in an order where each comes after the tables it references. */
export const entities = [
  Source,
  Country,
  PartnerDesignation,
  Agency,
  AgencyName,
  AgencyLineage,
  Domain,
  Person,
  Affiliation,
  Agreement,
  AgreementParty,
  AgreementDomain,
  AgreementCountry,
  Expert,
  ExpertDomain,
  Availability,
  Mission,
  MissionDomain,
  Assignment,
  Citation,
  Change,
  SearchDocument,
  IdempotencyKey,
  User,
  Session,
  ApiToken,
  PersonalDataReadLog,
];
