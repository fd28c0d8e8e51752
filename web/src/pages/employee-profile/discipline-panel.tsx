import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetailDto } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { formatDate } from '../../lib/format';
import { useEnumLabel } from '../../lib/use-enum-label';
import { useLanguage } from '../../lib/use-language';

type Case = EmployeeDetailDto['disciplinaryCases'][number];
const LEVEL_COLOR = { RINGAN: 'gold', SEDANG: 'orange', BERAT: 'red' } as const;

/** Hukuman disiplin (PP 94/2021): level, penalty, decision and period. */
export function DisciplinePanel({ cases }: { cases: EmployeeDetailDto['disciplinaryCases'] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const enumLabel = useEnumLabel();
  if (cases.length === 0) return <EmptyState title={t('profile.noDiscipline')} />;
  return (
    <section aria-labelledby="discipline-title">
      <Typography.Title level={3} className="section-title" id="discipline-title">
        {t('profile.disciplineTitle')}
      </Typography.Title>
      <Table<Case>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={cases}
        scroll={{ x: 640 }}
        columns={[
          {
            key: 'case',
            title: t('profile.col.case'),
            render: (_, c) => (
              <>
                {c.description}
                {c.suspendedFromDuty && (
                  <>
                    {' '}
                    <Tag color="red">{t('profile.suspended')}</Tag>
                  </>
                )}
              </>
            ),
          },
          {
            key: 'status',
            title: t('profile.col.status'),
            render: (_, c) => t(`enum.disciplinaryStatus.${c.status}`),
          },
          {
            key: 'penalty',
            title: t('profile.col.penalty'),
            render: (_, c) =>
              c.level ? (
                <>
                  <Tag color={LEVEL_COLOR[c.level]}>{t(`enum.hukdisLevel.${c.level}`)}</Tag>
                  {c.penaltyType && (
                    <span className="cell-sub">{enumLabel('hukdisType', c.penaltyType)}</span>
                  )}
                </>
              ) : (
                t('common.none')
              ),
          },
          {
            key: 'decision',
            title: t('profile.col.decision'),
            render: (_, c) =>
              c.decisionNumber
                ? `${c.decisionNumber}${c.decisionDate ? `, ${formatDate(c.decisionDate, lng)}` : ''}`
                : t('common.none'),
          },
          {
            key: 'period',
            title: t('profile.col.period'),
            render: (_, c) =>
              c.startDate
                ? `${formatDate(c.startDate, lng, 'short')} – ${formatDate(c.endDate, lng, 'short') ?? ''}`
                : t('common.none'),
          },
        ]}
      />
    </section>
  );
}
