import type { ReactNode } from 'react';

/** A compact figure with an icon, for page summaries. */
export function SummaryTile({
  icon,
  label,
  value,
  tone,
}: {
  icon: ReactNode;
  label: string;
  value: string;
  tone: 'blue' | 'gold' | 'teal' | 'red';
}) {
  return (
    <div className="summary-tile">
      <span className={`stat-icon stat-${tone}`} aria-hidden>
        {icon}
      </span>
      <span className="summary-text">
        <span className="summary-value">{value}</span>
        <span className="summary-label">{label}</span>
      </span>
    </div>
  );
}
