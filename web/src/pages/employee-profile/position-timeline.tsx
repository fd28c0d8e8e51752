import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EmployeeDetailDto } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** Riwayat jabatan, newest first; the current post is marked. */
export function PositionTimeline({ history }: { history: EmployeeDetailDto['positionHistory'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (history.length === 0) return <EmptyState title={t('profile.noPositions')} />;
  const rows = [...history].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-label={t('profile.positionHistory')} className="timeline-panel">
      <Timeline
        items={rows.map((p) => ({
          key: p.id,
          color: p.endDate === null ? 'blue' : 'gray',
          content: (
            <div className="timeline-item">
              <Typography.Text type="secondary" className="timeline-dates">
                {formatDate(p.startDate, lng)} –{' '}
                {p.endDate ? formatDate(p.endDate, lng) : t('common.current')}
              </Typography.Text>
              <div className="timeline-title">
                <Link to={`/jabatan/${p.positionId}`}>{p.positionName}</Link>
              </div>
              <div className="timeline-sub">
                {p.unitName}
                {p.skNumber && <> · {t('profile.skNumber', { number: p.skNumber })}</>}
              </div>
            </div>
          ),
        }))}
      />
    </section>
  );
}
