import { useTranslation } from 'react-i18next';
import { graphql, type FragmentType, getFragmentData } from '../../gql';

export const ExpertTimeline_expert = graphql(`
  fragment ExpertTimeline_expert on Expert {
    availability(first: 100, orderBy: [{ field: STARTS_ON }]) { nodes { id startsOn endsOn status note } }
    timelineMissions: missions(first: 100, orderBy: [{ field: PLANNED_START }]) {
      nodes { id reference title status plannedStart { earliest text } plannedEnd { latest text } }
    }
  }
`);

interface Bar {
  id: string;
  label: string;
  from: string;
  to: string;
  kind: 'available' | 'unavailable' | 'booked';
}

/** Availability and bookings of one expert on one time axis, with the same facts as a list. */
export function ExpertTimeline(props: { expert: FragmentType<typeof ExpertTimeline_expert> }) {
  const { t } = useTranslation();
  const data = getFragmentData(ExpertTimeline_expert, props.expert);
  const bars: Bar[] = [
    ...data.availability.nodes.map((a) => ({ id: a.id, label: `${t(`availability.${a.status}`)} ${a.startsOn} – ${a.endsOn}`, from: a.startsOn, to: a.endsOn, kind: a.status === 'AVAILABLE' ? ('available' as const) : ('unavailable' as const) })),
    ...data.timelineMissions.nodes
      .filter((m) => m.plannedStart?.earliest)
      .map((m) => ({ id: m.id, label: `${m.reference} · ${m.plannedStart?.text ?? ''}`, from: m.plannedStart!.earliest!, to: m.plannedEnd?.latest ?? m.plannedStart!.earliest!, kind: 'booked' as const })),
  ].sort((a, b) => a.from.localeCompare(b.from));
  if (bars.length === 0) return <p className="muted">{t('expert.noTimeline')}</p>;
  const min = Date.parse(bars[0].from);
  const max = Math.max(...bars.map((b) => Date.parse(b.to)), min + 86400000);
  const width = 760;
  const left = 230;
  const x = (d: string) => left + ((Date.parse(d) - min) / (max - min)) * (width - left - 10);
  const firstYear = new Date(min).getUTCFullYear();
  const lastYear = new Date(max).getUTCFullYear();
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).filter((y) => Date.parse(`${y}-01-01`) >= min);
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${width} ${bars.length * 20 + 24}`} role="img" aria-label={t('expert.timelineLabel', { count: bars.length })}>
        {years.map((y) => (
          <g key={y}>
            <line x1={x(`${y}-01-01`)} x2={x(`${y}-01-01`)} y1={0} y2={bars.length * 20 + 6} className="timeline-grid" />
            <text x={x(`${y}-01-01`) + 2} y={bars.length * 20 + 20} className="chart-label">
              {y}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => (
          <g key={bar.id}>
            <text x={left - 6} y={i * 20 + 14} textAnchor="end" className="chart-label">
              {bar.label.length > 36 ? `${bar.label.slice(0, 35)}…` : bar.label}
            </text>
            <rect x={x(bar.from)} y={i * 20 + 4} width={Math.max(3, x(bar.to) - x(bar.from))} height={13} className={`timeline-${bar.kind}`} rx={2} />
          </g>
        ))}
      </svg>
      <figcaption className="small">
        <span className="legend-swatch timeline-available" /> {t('availability.AVAILABLE')} <span className="legend-swatch timeline-unavailable" /> {t('availability.UNAVAILABLE')}{' '}
        <span className="legend-swatch timeline-booked" /> {t('expert.booked')}
      </figcaption>
    </figure>
  );
}
