/**
 * Ranks experts for a mission: domain match first, then the language of the partner
 * country, then availability. Conflicts do not hide an expert (a coordinator may accept a
 * double booking on purpose) but sink them and are listed.
 */

/** Languages a coordinator can expect to work in, per partner country (ISO 3166 alpha-2). */
export const COUNTRY_LANGUAGES: Record<string, string[]> = {
  BJ: ['fr'], BF: ['fr'], BI: ['fr'], CD: ['fr'], GN: ['fr'], ML: ['fr'], MA: ['fr', 'ar'], MZ: ['pt'],
  NE: ['fr'], UG: ['en'], PS: ['ar', 'en'], RW: ['en', 'fr'], SN: ['fr'], TZ: ['en', 'sw'],
};

export interface CandidateInput {
  id: string;
  languages: readonly string[];
  domains: readonly { key: string; parent?: { key: string } | null }[];
  busyCount: number;
  unavailableCount: number;
  availableCount: number;
}

export interface MissionNeeds {
  domainKeys: readonly string[];
  parentKeys: readonly string[];
  languages: readonly string[];
}

export interface Ranked<T> {
  candidate: T;
  score: number;
  exactDomains: number;
  relatedDomains: number;
  speaksLanguage: boolean;
  conflicts: ('EXPERT_DOUBLE_BOOKED' | 'EXPERT_UNAVAILABLE')[];
}

export function rankCandidates<T extends CandidateInput>(candidates: readonly T[], needs: MissionNeeds): Ranked<T>[] {
  const ranked = candidates.map((candidate) => {
    const exactDomains = candidate.domains.filter((d) => needs.domainKeys.includes(d.key)).length;
    const relatedDomains = candidate.domains.filter(
      (d) => !needs.domainKeys.includes(d.key) && ((d.parent && needs.parentKeys.includes(d.parent.key)) || needs.parentKeys.includes(d.key)),
    ).length;
    const speaksLanguage = needs.languages.length === 0 || candidate.languages.some((l) => needs.languages.includes(l));
    const conflicts: Ranked<T>['conflicts'] = [];
    if (candidate.busyCount > 0) conflicts.push('EXPERT_DOUBLE_BOOKED');
    if (candidate.unavailableCount > 0) conflicts.push('EXPERT_UNAVAILABLE');
    // An unavailable expert cannot be assigned at all; a double booking can be accepted on purpose.
    const score =
      exactDomains * 10 +
      Math.min(relatedDomains, 2) +
      (speaksLanguage ? 3 : 0) +
      (candidate.availableCount > 0 ? 1 : 0) -
      (candidate.busyCount > 0 ? 12 : 0) -
      (candidate.unavailableCount > 0 ? 30 : 0);
    return { candidate, score, exactDomains, relatedDomains, speaksLanguage, conflicts };
  });
  return ranked.sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
}
