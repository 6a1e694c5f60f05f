import { graphql } from '../../gql';

export const CountryCounts_missionGroup = graphql(`
  fragment CountryCounts_missionGroup on MissionGroup {
    count
    country { id iso2 isoNumeric name }
  }
`);

export const CountryCounts_agreementGroup = graphql(`
  fragment CountryCounts_agreementGroup on AgreementGroup {
    count
    country { id iso2 isoNumeric name }
  }
`);

export interface CountryCount {
  iso2: string;
  isoNumeric: string | null;
  name: string;
  count: number;
}

export function countsByCountry(groups: readonly { count: number; country?: { iso2: string; isoNumeric?: string | null; name: string } | null }[]): CountryCount[] {
  return groups
    .filter((g) => g.country)
    .map((g) => ({ iso2: g.country!.iso2, isoNumeric: g.country!.isoNumeric ?? null, name: g.country!.name, count: g.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
