/** A horizontal bar chart in plain SVG, with the numbers as text (readable without the bars). */
export function BarChart({ title, rows, unit }: { title: string; rows: { label: string; value: number }[]; unit?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 22;
  const labelWidth = 170;
  const width = 560;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${rows.length * rowHeight + 4}`} role="img" aria-label={title} className="chart-svg">
        {rows.map((row, i) => {
          const barWidth = ((width - labelWidth - 60) * row.value) / max;
          const y = i * rowHeight + 2;
          return (
            <g key={row.label}>
              <text x={labelWidth - 6} y={y + 15} textAnchor="end" className="chart-label">
                {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={Math.max(1, barWidth)} height={rowHeight - 6} className="chart-bar" rx={2} />
              <text x={labelWidth + barWidth + 6} y={y + 15} className="chart-value">
                {row.value}
                {unit ?? ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
