import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../agency/agency.entity';
import { AgreementKind, AgreementStatus } from '../agreement/agreement.entity';
import { Country } from '../country/country.entity';
import { Domain } from '../domain/domain.entity';
import { MissionKind, MissionStatus } from '../mission/mission.entity';

export enum MissionDimension {
  DOMAIN = 'DOMAIN',
  COUNTRY = 'COUNTRY',
  YEAR = 'YEAR',
  AGENCY = 'AGENCY',
  STATUS = 'STATUS',
  KIND = 'KIND',
}

registerEnumType(MissionDimension, {
  name: 'MissionDimension',
  description: 'What to group missions by.',
  valuesConfig: {
    DOMAIN: { description: 'Each domain counts the missions in it or anywhere below it, so a mission counts under every domain above its own.' },
    COUNTRY: { description: 'The country of the mission.' },
    YEAR: { description: 'The year the mission started (actual start, else planned start; the first possible year when known only roughly).' },
    AGENCY: { description: 'The agencies party to the mission\'s agreement; a mission counts once under each.' },
    STATUS: { description: 'The mission\'s status.' },
    KIND: { description: 'The mission\'s kind.' },
  },
});

export enum AgreementDimension {
  DOMAIN = 'DOMAIN',
  COUNTRY = 'COUNTRY',
  YEAR = 'YEAR',
  AGENCY = 'AGENCY',
  STATUS = 'STATUS',
  KIND = 'KIND',
}

registerEnumType(AgreementDimension, {
  name: 'AgreementDimension',
  description: 'What to group agreements by.',
  valuesConfig: {
    DOMAIN: { description: 'Each domain counts the agreements covering it or anything below it.' },
    COUNTRY: { description: 'The countries the agreement covers; it counts once under each.' },
    YEAR: { description: 'The year of signature (the first possible year when known only roughly).' },
    AGENCY: { description: 'The agencies party to the agreement; it counts once under each.' },
    STATUS: { description: 'The agreement\'s status.' },
    KIND: { description: 'The agreement\'s kind.' },
  },
});

@ObjectType({ description: 'A group of missions sharing the values of the dimensions asked for, with its size and expert-days. Dimensions not asked for are null.' })
export class MissionGroup {
  @Field(() => Domain, { nullable: true, description: 'The domain (with its subtree), when grouped by DOMAIN.' })
  domain!: Domain | null;

  @Field(() => Country, { nullable: true, description: 'The country, when grouped by COUNTRY.' })
  country!: Country | null;

  @Field(() => Int, { nullable: true, description: 'The year, when grouped by YEAR; null for missions without a start.' })
  year!: number | null;

  @Field(() => Agency, { nullable: true, description: 'The agency, when grouped by AGENCY.' })
  agency!: Agency | null;

  @Field(() => MissionStatus, { nullable: true, description: 'The status, when grouped by STATUS.' })
  status!: MissionStatus | null;

  @Field(() => MissionKind, { nullable: true, description: 'The kind, when grouped by KIND.' })
  kind!: MissionKind | null;

  @Field(() => Int, { description: 'How many missions the group holds.' })
  count!: number;

  @Field(() => Float, { description: 'Expert-days assigned to the group\'s missions.' })
  expertDays!: number;
}

@ObjectType({ description: 'A group of agreements sharing the values of the dimensions asked for. Dimensions not asked for are null.' })
export class AgreementGroup {
  @Field(() => Domain, { nullable: true, description: 'The domain (with its subtree), when grouped by DOMAIN.' })
  domain!: Domain | null;

  @Field(() => Country, { nullable: true, description: 'The country, when grouped by COUNTRY.' })
  country!: Country | null;

  @Field(() => Int, { nullable: true, description: 'The year of signature, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => Agency, { nullable: true, description: 'The agency, when grouped by AGENCY.' })
  agency!: Agency | null;

  @Field(() => AgreementStatus, { nullable: true, description: 'The status, when grouped by STATUS.' })
  status!: AgreementStatus | null;

  @Field(() => AgreementKind, { nullable: true, description: 'The kind, when grouped by KIND.' })
  kind!: AgreementKind | null;

  @Field(() => Int, { description: 'How many agreements the group holds.' })
  count!: number;

  @Field(() => Int, { description: 'How many missions run under the group\'s agreements.' })
  missionCount!: number;
}
