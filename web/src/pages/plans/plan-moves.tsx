import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanMoveDto, PlanResponse } from '../../api/use-plans';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { MoveDrawer, ReasonTags } from './move-drawer';

type Detail = NonNullable<PlanResponse['plan']>;
type Chain = Detail['chains'][number];

/**
 * A chain as a sequence: the first mover fills a seat, each next one fills the seat the previous
 * one left (a ring closes on itself; a vacancy chain ends with a seat left empty).
 */
function ChainSequence({ chain, moves }: { chain: Chain; moves: readonly PlanMoveDto[] }) {
  const { t } = useTranslation();
  const byId = new Map(moves.map((m) => [m.employeeId, m]));
  const ordered = chain.employeeIds.map((id) => byId.get(id)).filter((m): m is PlanMoveDto => !!m);
  return (
    <div data-testid="chain-sequence">
      <Typography.Text strong>
        {t('planning.plan.chainSequence')} · {t(`planning.chainKind.${chain.kind}`)}
      </Typography.Text>
      <ol className="chain-sequence">
        {ordered.map((m, i) => {
          const prev = ordered[i - 1];
          return (
            <li key={m.employeeId}>
              <strong>{m.name}</strong> → {m.to.positionName}, {m.to.unitName}
              {prev && (
                <span className="cell-sub"> ({t('planning.plan.fillsSeatOf', { name: prev.name })})</span>
              )}
            </li>
          );
        })}
      </ol>
      {chain.leftVacant && (
        <Typography.Text type="secondary">
          {t('planning.plan.leftVacant', {
            position: chain.leftVacant.positionName,
            unit: chain.leftVacant.unitName,
          })}
        </Typography.Text>
      )}
    </div>
  );
}

/** The moves of a plan, filterable by vacancy chain; a row opens its explanation. */
export function PlanMoves({ runId, plan }: { runId: number; plan: Detail }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [chainId, setChainId] = useState<number | undefined>();
  const [open, setOpen] = useState<PlanMoveDto | null>(null);
  const chains = useMemo(() => new Map(plan.chains.map((c) => [c.chainId, c])), [plan.chains]);
  const rows = useMemo(
    () =>
      [...plan.moves]
        .filter((m) => chainId === undefined || m.chainId === chainId)
        .sort((a, b) => a.chainId - b.chainId || a.chainOrder - b.chainOrder),
    [plan.moves, chainId],
  );
  const chain = chainId === undefined ? undefined : chains.get(chainId);
  const fitText = (v: number | null) => (v === null ? '-' : formatNumber(v, lng, 1));
  const place = (p: PlanMoveDto['from']) =>
    p ? (
      <>
        {p.positionName}
        <div className="cell-sub">{p.unitName}</div>
      </>
    ) : (
      <span className="cell-sub">{t('planning.plan.newcomer')}</span>
    );
  return (
    <Card
      title={<h2 className="card-heading">{t('planning.plan.moves')}</h2>}
      extra={
        <Space>
          <label htmlFor="chain-filter">{t('planning.plan.chainFilter')}</label>
          <Select<number>
            id="chain-filter"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('planning.plan.allChains')}
            style={{ minWidth: 240 }}
            value={chainId}
            onChange={(v) => setChainId(v ?? undefined)}
            options={plan.chains.map((c) => ({
              value: c.chainId,
              label: t('planning.plan.chainLabel', { id: c.chainId, count: c.employeeIds.length }),
            }))}
          />
        </Space>
      }
    >
      {chain && <ChainSequence chain={chain} moves={plan.moves} />}
      {plan.moves.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('planning.plan.noMoves')}</Typography.Paragraph>
      ) : (
        <Table<PlanMoveDto>
          size="small"
          rowKey="employeeId"
          aria-label={t('planning.plan.moves')}
          data-testid="move-table"
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 960 }}
          onRow={(m) => ({ onClick: () => setOpen(m), style: { cursor: 'pointer' } })}
          columns={[
            {
              key: 'chain',
              title: t('planning.plan.col.chain'),
              render: (_, m) => (
                <Tag
                  role="button"
                  tabIndex={0}
                  onClick={(e) => {
                    e.stopPropagation();
                    setChainId(m.chainId);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') setChainId(m.chainId);
                  }}
                >
                  {m.chainId}.{m.chainOrder}
                </Tag>
              ),
            },
            {
              key: 'employee',
              title: t('planning.plan.col.employee'),
              render: (_, m) => (
                <>
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={() => setOpen(m)}
                    data-testid="open-move"
                  >
                    {m.name}
                  </Button>
                  <div className="cell-sub nip">{formatNip(m.nip)}</div>
                </>
              ),
            },
            { key: 'from', title: t('planning.plan.col.from'), render: (_, m) => place(m.from) },
            { key: 'to', title: t('planning.plan.col.to'), render: (_, m) => place(m.to) },
            {
              key: 'fit',
              title: t('planning.plan.col.fit'),
              align: 'right',
              render: (_, m) => `${fitText(m.fitBefore)} → ${fitText(m.fitAfter)}`,
            },
            {
              key: 'reasons',
              title: t('planning.plan.col.reasons'),
              render: (_, m) => <ReasonTags reasons={m.reasons} />,
            },
          ]}
        />
      )}
      <MoveDrawer runId={runId} move={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
