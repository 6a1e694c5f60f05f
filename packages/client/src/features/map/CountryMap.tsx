import { ComposableMap, Geographies, Geography } from 'react-simple-maps';
import { useTranslation } from 'react-i18next';
// Bundled with the map's lazy chunk: the map never loads tiles or scripts from the network.
import world from 'world-atlas/countries-110m.json';

/** Shades from pale to deep by count; countries without a count stay grey. */
export function shade(value: number, max: number): string {
  if (!value || max <= 0) return '#e4e7eb';
  const t = Math.min(1, Math.log1p(value) / Math.log1p(max));
  const light = Math.round(86 - t * 56);
  return `hsl(208 65% ${light}%)`;
}

export interface CountryMapProps {
  /** Counts by ISO 3166 numeric code ("204" for Benin). */
  values: Record<string, number>;
  /** A country drawn in the accent colour (ISO numeric). */
  highlight?: string;
  label: string;
  compact?: boolean;
  onSelect?: (isoNumeric: string) => void;
}

/** An offline choropleth of countries: an image for screen readers, described by its label. */
export default function CountryMap({ values, highlight, label, compact, onSelect }: CountryMapProps) {
  const { t } = useTranslation();
  const max = Math.max(0, ...Object.values(values));
  return (
    <figure className={`country-map${compact ? ' compact' : ''}`}>
      <ComposableMap
        projection="geoEqualEarth"
        width={800}
        height={compact ? 420 : 450}
        projectionConfig={compact ? { scale: 420, center: [10, 5] } : { scale: 160 }}
        role="img"
        aria-label={label}
      >
        <Geographies geography={world as never}>
          {({ geographies }) =>
            geographies.map((geo) => {
              const id = String(geo.id ?? '');
              const value = values[id] ?? 0;
              const isHighlight = highlight !== undefined && id === highlight;
              return (
                <Geography
                  key={geo.rsmKey}
                  geography={geo}
                  tabIndex={-1}
                  aria-hidden="true"
                  data-iso-numeric={id}
                  data-value={value}
                  className={isHighlight ? 'map-highlight' : value ? 'map-shaded' : undefined}
                  fill={isHighlight ? '#c2410c' : shade(value, max)}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                  onClick={onSelect && value ? () => onSelect(id) : undefined}
                  style={{ default: { outline: 'none' }, hover: { outline: 'none' }, pressed: { outline: 'none' } } as never}
                />
              );
            })
          }
        </Geographies>
      </ComposableMap>
      {!compact ? (
        <figcaption className="map-legend small">
          <span className="legend-swatch" style={{ background: shade(1, max || 1) }} /> {t('map.few')}{' '}
          <span className="legend-swatch" style={{ background: shade(max, max || 1) }} /> {t('map.many', { count: max })}
        </figcaption>
      ) : null}
    </figure>
  );
}
