import {
  CheckCircleOutlined,
  InboxOutlined,
  RiseOutlined,
  SwapOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Card, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTotalsDto } from '../../api/use-plans';
import { ChartCard } from '../../components/chart-card';
import { SummaryTile } from '../../components/summary-tile';
import { horizontalBarOption } from '../../lib/chart-options';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type UnitRow = PlanTotalsDto['byUnit'][number];

/**
 * The plan's headline figures as tiles: moves, the scenario's empty target seats before and after
 * (a vacancy round: its vacancies), the seats filled and those left empty elsewhere, fit, and
 * people overdue for rotation who stay.
 */
export function PlanTotalTiles({ totals }: { totals: PlanTotalsDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const n = (v: number, d = 0) => formatNumber(v, lng, d);
  return (
    <div className="summary-tiles plan-tiles" data-testid="plan-totals">
      <SummaryTile
        icon={<SwapOutlined />}
        tone="blue"
        label={t('planning.plan.totals.moves')}
        value={n(totals.moves)}
      />
      <SummaryTile
        icon={<InboxOutlined />}
        tone="gold"
        label={t('planning.plan.totals.unfilled')}
        value={`${n(totals.unfilledSeatsBefore)} → ${n(totals.unfilledSeatsAfter)}`}
      />
      <SummaryTile
        icon={<SyncOutlined />}
        tone="gold"
        label={t('planning.plan.totals.seatChanges')}
        value={`${n(totals.vacanciesFilled)} / ${n(totals.seatsVacated)}`}
      />
      <SummaryTile
        icon={<RiseOutlined />}
        tone="teal"
        label={t('planning.plan.totals.fitAfter')}
        value={`${n(totals.fitBefore, 1)} → ${n(totals.fitAfter, 1)}`}
      />
      <SummaryTile
        icon={<CheckCircleOutlined />}
        tone="red"
        label={t('planning.plan.totals.rotationOverdueKept')}
        value={n(totals.rotationOverdueKept)}
      />
    </div>
  );
}

/** Fit before and after per unit: a table of every unit and a chart of the largest gains. */
export function UnitFitTable({ totals }: { totals: PlanTotalsDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const n = (v: number, d = 0) => formatNumber(v, lng, d);
  const changed = useMemo(
    () =>
      totals.byUnit
        .filter((u) => u.movesIn + u.movesOut > 0)
        .sort((a, b) => b.fitAfter - b.fitBefore - (a.fitAfter - a.fitBefore)),
    [totals.byUnit],
  );
  const top = changed
    .slice(0, 10)
    .map((u) => ({ label: u.unitName, value: Math.round((u.fitAfter - u.fitBefore) * 10) / 10 }));
  return (
    <>
      {top.length > 0 && (
        <ChartCard
          title={t('planning.plan.byUnitChart')}
          option={horizontalBarOption(top, (v) => n(v, 1))}
          height={Math.max(160, top.length * 32)}
          label={t('planning.plan.byUnitChart')}
          rows={top.map((d) => ({ label: d.label, value: n(d.value, 1) }))}
          headers={[t('planning.plan.col.unit'), t('planning.plan.col.gain')]}
        />
      )}
      <Card title={<h2 className="card-heading">{t('planning.plan.byUnit')}</h2>}>
        <Table<UnitRow>
          size="small"
          rowKey="unitId"
          aria-label={t('planning.plan.byUnit')}
          data-testid="unit-fit-table"
          dataSource={changed.length > 0 ? changed : [...totals.byUnit]}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 720 }}
          columns={[
            { key: 'unit', title: t('planning.plan.col.unit'), render: (_, u) => u.unitName },
            {
              key: 'fitBefore',
              title: t('planning.plan.col.fitBefore'),
              align: 'right',
              render: (_, u) => n(u.fitBefore, 1),
            },
            {
              key: 'fitAfter',
              title: t('planning.plan.col.fitAfter'),
              align: 'right',
              render: (_, u) => n(u.fitAfter, 1),
            },
            {
              key: 'gain',
              title: t('planning.plan.col.gain'),
              align: 'right',
              render: (_, u) => n(u.fitAfter - u.fitBefore, 1),
            },
            {
              key: 'in',
              title: t('planning.plan.col.movesIn'),
              align: 'right',
              render: (_, u) => n(u.movesIn),
            },
            {
              key: 'out',
              title: t('planning.plan.col.movesOut'),
              align: 'right',
              render: (_, u) => n(u.movesOut),
            },
            {
              key: 'holders',
              title: t('planning.plan.col.holdersAfter'),
              align: 'right',
              render: (_, u) => `${n(u.holdersBefore)} → ${n(u.holdersAfter)}`,
            },
          ]}
        />
      </Card>
    </>
  );
}
