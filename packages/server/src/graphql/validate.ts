import type { Interval } from './inputs';
import type { MutationScope } from './mutation';
import { UserErrorCode } from './user-errors';

/** ISO 639-1 codes accepted for experts' languages (the same list as the database check). */
export const LANGUAGE_CODES = new Set(
  'aa ab af ak am ar as az be bg bm bn bs ca cs da de el en es et eu fa ff fi fr ga gl gu ha he hi hr hu hy id ig is it ja ka kg kk km kn ko ku ky lb ln lo lt lu lv mg mk ml mn mr ms mt my ne nl no ny om pa pl ps pt qu rn ro ru rw sg si sk sl sn so sq sr sv sw ta te tg th ti tk tl tr ts uk ur uz vi wo xh yo zh zu'.split(' '),
);

/** Trims a text and checks it is present (when required) and not too long; returns the trimmed text. */
export function text(scope: MutationScope, field: string, value: string | null | undefined, max: number, required = false): string | null {
  if (value == null || value.trim() === '') {
    if (required) scope.error(field, UserErrorCode.REQUIRED, 'This is required.');
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) scope.error(field, UserErrorCode.TOO_LONG, `At most ${max} characters; this has ${trimmed.length}.`);
  return trimmed;
}

export function email(scope: MutationScope, field: string, value: string | null | undefined): string | null {
  const v = text(scope, field, value, 254);
  if (v && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) scope.error(field, UserErrorCode.INVALID_FORMAT, `"${v}" is not an e-mail address.`);
  return v ? v.toLowerCase() : v;
}

export function phone(scope: MutationScope, field: string, value: string): string {
  const v = value.trim();
  const digits = v.replace(/[\s.()/-]/g, '');
  if (!/^\+[1-9][0-9]{6,14}$/.test(digits)) {
    scope.error(field, UserErrorCode.INVALID_FORMAT, `"${v}" is not a phone number in international format (+32 2 740 74 00).`);
  }
  return v;
}

export function url(scope: MutationScope, field: string, value: string | null | undefined): string | null {
  const v = text(scope, field, value, 2000);
  if (!v) return v;
  try {
    const parsed = new URL(v);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('scheme');
  } catch {
    scope.error(field, UserErrorCode.INVALID_FORMAT, `"${v.slice(0, 80)}" is not a web address (https://...).`);
  }
  return v;
}

/** A Belgian enterprise number 0123.456.749, with its modulo-97 check digits. */
export function kboNumber(scope: MutationScope, field: string, value: string | null | undefined): string | null {
  const v = text(scope, field, value, 20);
  if (!v) return v;
  const digits = v.replace(/[.\s]/g, '');
  if (!/^[01][0-9]{9}$/.test(digits) || 97 - (Number(digits.slice(0, 8)) % 97) !== Number(digits.slice(8))) {
    scope.error(field, UserErrorCode.INVALID_FORMAT, `"${v}" is not a valid KBO/BCE number (ten digits, written 0264.814.354, with valid check digits).`);
    return v;
  }
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** An IATI organisation identifier: registration agency prefix, a dash, then the number (BE-BCE_KBO-0264814354). */
export function iatiOrgId(scope: MutationScope, field: string, value: string | null | undefined): string | null {
  const v = text(scope, field, value, 100);
  if (v && !/^[A-Z]{2,}(-[A-Za-z0-9_]+)+$/.test(v)) {
    scope.error(field, UserErrorCode.INVALID_FORMAT, `"${v}" is not an IATI organisation identifier (for example BE-BCE_KBO-0264814354).`);
  }
  return v;
}

export function languages(scope: MutationScope, field: string, values: string[]): string[] {
  const out: string[] = [];
  values.forEach((value, index) => {
    const code = value.trim().toLowerCase();
    if (!LANGUAGE_CODES.has(code)) scope.error(`${field}.${index}`, UserErrorCode.INVALID_FORMAT, `"${value}" is not an ISO 639-1 language code (fr, nl, pt, ...).`);
    else if (!out.includes(code)) out.push(code);
  });
  return out;
}

export function iso2(scope: MutationScope, field: string, value: string | null | undefined): string | null {
  const v = value?.trim().toUpperCase() ?? null;
  if (v !== null && !/^[A-Z]{2}$/.test(v)) scope.error(field, UserErrorCode.INVALID_FORMAT, `"${value}" is not an ISO 3166-1 alpha-2 code (BJ, RW, ...).`);
  return v;
}

/** Plain days: `until` must not come before `from`. */
export function dayOrder(scope: MutationScope, field: string, from: string | null | undefined, until: string | null | undefined, what = 'The end'): void {
  if (from && until && until < from) scope.error(field, UserErrorCode.DATE_ORDER, `${what} (${until}) comes before the start (${from}).`);
}

export type Certainty = 'certain' | 'possible' | 'none';

/**
 * Whether `a` is after `b` (for example an end before its start), compared as intervals:
 * certain when every possible day of `a` is after every possible day of `b`, possible when
 * some are.
 */
export function isAfter(a: Interval, b: Interval): Certainty {
  if (a.earliest && b.latest && a.earliest > b.latest) return 'certain';
  if (!a.latest || !b.earliest || a.latest > b.earliest) return 'possible';
  return 'none';
}

/** Whether an interval of possible days lies outside [from, until]: certain, possible or not at all. */
export function outside(date: Interval, from: string | null, until: string | null): Certainty {
  if ((from && date.latest && date.latest < from) || (until && date.earliest && date.earliest > until)) return 'certain';
  if ((from && (!date.earliest || date.earliest < from)) || (until && (!date.latest || date.latest > until))) return 'possible';
  return 'none';
}

/** Records a certain violation as an error and a possible one as a warning. */
export function report(scope: MutationScope, certainty: Certainty, field: string, code: UserErrorCode, certain: string, possible: string): void {
  if (certainty === 'certain') scope.error(field, code, certain);
  else if (certainty === 'possible') scope.warn(field, code, possible);
}
