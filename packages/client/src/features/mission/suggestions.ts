/** Languages a coordinator can expect to work in, per partner country (ISO 3166 alpha-2): asked of the server's suggestions. */
export const COUNTRY_LANGUAGES: Record<string, string[]> = {
  BJ: ['fr'], BF: ['fr'], BI: ['fr'], CD: ['fr'], GN: ['fr'], ML: ['fr'], MA: ['fr', 'ar'], MZ: ['pt'],
  NE: ['fr'], UG: ['en'], PS: ['ar', 'en'], RW: ['en', 'fr'], SN: ['fr'], TZ: ['en', 'sw'],
};

export interface CheckOutcome {
  errors: readonly { code: string; message: string }[];
  warnings: readonly { code: string; message: string }[];
}

/**
 * What the dry run of an assignment means for the form: refused outright, refused unless a
 * double booking is accepted on purpose, allowed with warnings, or clear.
 */
export function assignmentVerdict(outcome: CheckOutcome, accepted: boolean): 'blocked' | 'needs-accept' | 'ok' {
  const blocking = outcome.errors.filter((e) => e.code !== 'EXPERT_DOUBLE_BOOKED');
  if (blocking.length) return 'blocked';
  if (outcome.errors.some((e) => e.code === 'EXPERT_DOUBLE_BOOKED') && !accepted) return 'needs-accept';
  return 'ok';
}
