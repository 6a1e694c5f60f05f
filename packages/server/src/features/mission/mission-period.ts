import { intervalOf, type Interval } from '../../graphql/inputs';
import { AvailabilityStatus } from '../expert/expert.entity';
import type { Mission } from './mission.entity';

type Period = { start: Interval | null; end: Interval | null };

/** The period a mission takes: actual where known, else planned. */
export function periodOf(m: Pick<Mission, 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'>): Period {
  return { start: intervalOf(m.actualStart ?? m.plannedStart), end: intervalOf(m.actualEnd ?? m.plannedEnd) };
}

/** Every day the mission may cover, and the days it certainly covers (null when none is certain). */
export function spans(p: Period): { possible: Interval; certain: Interval | null } {
  const possible = { earliest: p.start?.earliest ?? null, latest: p.end?.latest ?? null };
  const cs = p.start?.latest ?? null;
  const ce = p.end?.earliest ?? null;
  const certain = p.start && p.end && cs && ce && cs <= ce ? { earliest: cs, latest: ce } : null;
  return { possible, certain };
}

export const intersects = (a: Interval, b: Interval) =>
  (!a.earliest || !b.latest || a.earliest <= b.latest) && (!b.earliest || !a.latest || b.earliest <= a.latest);

export const describe = (i: Interval) => `${i.earliest ?? '…'} to ${i.latest ?? '…'}`;

export interface AvailabilityPeriod {
  startsOn: string;
  endsOn: string;
  status: AvailabilityStatus;
}

/**
 * How an expert's availability periods meet a mission's span: certain conflicts (the
 * mission surely falls in an unavailable period, or outside every available one) and
 * possible ones (a date known only to the month or year leaves it open).
 */
export function availabilityFindings(mine: ReturnType<typeof spans>, periods: AvailabilityPeriod[]): Array<{ certain: boolean; message: string }> {
  const findings: Array<{ certain: boolean; message: string }> = [];
  for (const p of periods.filter((x) => x.status === AvailabilityStatus.UNAVAILABLE)) {
    const off = { earliest: p.startsOn, latest: p.endsOn };
    if (mine.certain && intersects(mine.certain, off)) {
      findings.push({ certain: true, message: `The expert is unavailable from ${p.startsOn} to ${p.endsOn}, during this mission (${describe(mine.possible)}).` });
    } else if (intersects(mine.possible, off)) {
      findings.push({ certain: false, message: `The expert is unavailable from ${p.startsOn} to ${p.endsOn}, which may fall in this mission (${describe(mine.possible)}).` });
    }
  }
  const available = periods.filter((x) => x.status === AvailabilityStatus.AVAILABLE).map((p) => ({ earliest: p.startsOn, latest: p.endsOn }));
  if (available.length > 0) {
    const covers = (a: Interval, b: Interval | null) => !!b && !!b.earliest && !!b.latest && a.earliest! <= b.earliest && a.latest! >= b.latest;
    if (!available.some((a) => covers(a, mine.possible))) {
      const target = mine.certain ?? mine.possible;
      if (!available.some((a) => intersects(a, target))) {
        findings.push({ certain: true, message: `The expert is available only ${available.map(describe).join(', ')}, not during this mission (${describe(mine.possible)}).` });
      } else {
        findings.push({ certain: false, message: `The expert's availability (${available.map(describe).join(', ')}) may not cover the whole mission (${describe(mine.possible)}).` });
      }
    }
  }
  return findings;
}

export interface BookedMission {
  reference: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
}

/** Other missions of the expert that overlap this one: certainly (both periods known that far) or possibly. */
export function bookingFindings(mine: ReturnType<typeof spans>, others: BookedMission[]): Array<{ certain: boolean; reference: string; message: string }> {
  const findings: Array<{ certain: boolean; reference: string; message: string }> = [];
  for (const other of others) {
    const theirs = spans(periodOf(other as never));
    if (mine.certain && theirs.certain && intersects(mine.certain, theirs.certain)) {
      findings.push({ certain: true, reference: other.reference, message: `The expert is already on mission ${other.reference} (${describe(theirs.possible)}), which overlaps this one (${describe(mine.possible)}).` });
    } else if (intersects(mine.possible, theirs.possible)) {
      findings.push({ certain: false, reference: other.reference, message: `The expert is on mission ${other.reference} (${describe(theirs.possible)}), which may overlap this one (${describe(mine.possible)}): a date is known only roughly.` });
    }
  }
  return findings;
}
