import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanRunDto } from '../../api/use-plans';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PlanStateTag } from './plan-state-tag';

/** "28/11/2026 12.30": an instant in the browser's time zone. */
export function formatInstant(iso: string | null, lng: 'id' | 'en'): string {
  if (!iso) return '-';
  return new Date(iso).toLocaleString(lng === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

/** The runs of a scenario: plan version, scenario version, state, when and by whom. */
export function PlanRunTable({ runs, label }: { runs: readonly PlanRunDto[]; label: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Table<PlanRunDto>
      size="small"
      rowKey="id"
      aria-label={label}
      data-testid="run-table"
      dataSource={[...runs]}
      pagination={runs.length > 10 ? { pageSize: 10 } : false}
      scroll={{ x: 720 }}
      columns={[
        {
          key: 'plan',
          title: t('planning.run.col.plan'),
          render: (_, r) => (
            <Link to={`/rencana-mutasi/rencana/${r.id}`}>
              {t('planning.run.planVersion', { version: r.planVersion })}
            </Link>
          ),
        },
        { key: 'version', title: t('planning.run.col.version'), render: (_, r) => `v${r.scenarioVersion}` },
        {
          key: 'state',
          title: t('planning.run.col.state'),
          render: (_, r) => <PlanStateTag state={r.state} />,
        },
        {
          key: 'moves',
          title: t('planning.run.col.moves'),
          align: 'right',
          render: (_, r) => (r.moves === null ? '-' : formatNumber(r.moves, lng)),
        },
        {
          key: 'requestedAt',
          title: t('planning.run.col.requestedAt'),
          render: (_, r) => formatInstant(r.requestedAt, lng),
        },
        {
          key: 'finishedAt',
          title: t('planning.run.col.finishedAt'),
          render: (_, r) => formatInstant(r.finishedAt, lng),
        },
        {
          key: 'by',
          title: t('planning.run.col.by'),
          render: (_, r) => r.requestedByName ?? '-',
        },
      ]}
    />
  );
}
