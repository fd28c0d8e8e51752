import { Card, Col, Form, Row, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type PlanCompareResponse,
  type PlanMoveDto,
  usePlanComparison,
  usePlanRuns,
} from '../../api/use-plans';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Place = PlanMoveDto['from'];
type Changed = PlanCompareResponse['changedDestination'][number];

function placeText(p: Place, none: string): string {
  return p ? `${p.positionName}, ${p.unitName}` : none;
}

function MoveList({
  title,
  moves,
  testId,
}: {
  title: string;
  moves: readonly PlanMoveDto[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="card-heading">{title}</h2>}>
      <Table<PlanMoveDto>
        size="small"
        rowKey="employeeId"
        aria-label={title}
        data-testid={testId}
        dataSource={[...moves]}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          {
            key: 'employee',
            title: t('planning.plan.col.employee'),
            render: (_, m) => (
              <>
                {m.name}
                <div className="cell-sub nip">{formatNip(m.nip)}</div>
              </>
            ),
          },
          {
            key: 'from',
            title: t('planning.plan.col.from'),
            render: (_, m) => placeText(m.from, t('planning.plan.newcomer')),
          },
          { key: 'to', title: t('planning.plan.col.to'), render: (_, m) => placeText(m.to, '-') },
        ]}
      />
    </Card>
  );
}

/** Two plans side by side: totals, moves only in one of them, and changed destinations. */
export default function ComparePage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [search, setSearch] = useSearchParams();
  const num = (k: string) => (search.get(k) ? Number(search.get(k)) : undefined);
  const a = num('a');
  const b = num('b');
  const runs = usePlanRuns();
  const cmp = usePlanComparison(a, b);
  const options = (runs.data?.items ?? [])
    .filter((r) => r.state === 'SUCCEEDED')
    .map((r) => ({
      value: r.id,
      label: `${r.scenarioName} · ${t('planning.run.planVersion', { version: r.planVersion })} (${t('planning.scenario.version', { version: r.scenarioVersion })})`,
    }));
  const pick = (key: 'a' | 'b', v: number | undefined) => {
    const next = new URLSearchParams(search);
    if (v === undefined) next.delete(key);
    else next.set(key, String(v));
    setSearch(next, { replace: true });
  };
  const n = (v: number, d = 0) => formatNumber(v, lng, d);
  const c = cmp.data;
  const totalRows = c
    ? [
        {
          key: 'moves',
          label: t('planning.plan.totals.moves'),
          a: n(c.totals.a.moves),
          b: n(c.totals.b.moves),
        },
        {
          key: 'fitBefore',
          label: t('planning.plan.totals.fitBefore'),
          a: n(c.totals.a.fitBefore, 1),
          b: n(c.totals.b.fitBefore, 1),
        },
        {
          key: 'fitAfter',
          label: t('planning.plan.totals.fitAfter'),
          a: n(c.totals.a.fitAfter, 1),
          b: n(c.totals.b.fitAfter, 1),
        },
        {
          key: 'unfilledBefore',
          label: t('planning.plan.totals.unfilledBefore'),
          a: n(c.totals.a.unfilledSeatsBefore),
          b: n(c.totals.b.unfilledSeatsBefore),
        },
        {
          key: 'unfilledAfter',
          label: t('planning.plan.totals.unfilledAfter'),
          a: n(c.totals.a.unfilledSeatsAfter),
          b: n(c.totals.b.unfilledSeatsAfter),
        },
        {
          key: 'seatChanges',
          label: t('planning.plan.totals.seatChanges'),
          a: `${n(c.totals.a.vacanciesFilled)} / ${n(c.totals.a.seatsVacated)}`,
          b: `${n(c.totals.b.vacanciesFilled)} / ${n(c.totals.b.seatsVacated)}`,
        },
        {
          key: 'rotation',
          label: t('planning.plan.totals.rotationOverdueKept'),
          a: n(c.totals.a.rotationOverdueKept),
          b: n(c.totals.b.rotationOverdueKept),
        },
      ]
    : [];
  return (
    <div className="page" data-testid="compare-page" aria-busy={cmp.isFetching || runs.isPending}>
      <PageHeader
        title={t('planning.compare.title')}
        subtitle={t('planning.compare.subtitle')}
        back={{ to: '/rencana-mutasi', label: t('planning.list.title') }}
      />
      <div className="stack">
        <Card className="filters-card">
          <Form layout="vertical">
            <Row gutter={16}>
              {(['a', 'b'] as const).map((key) => (
                <Col xs={24} md={12} key={key}>
                  <Form.Item label={t(`planning.compare.${key}`)} htmlFor={`compare-${key}`}>
                    <Select<number>
                      id={`compare-${key}`}
                      allowClear
                      loading={runs.isPending}
                      placeholder={t('planning.compare.pick')}
                      value={key === 'a' ? a : b}
                      onChange={(v) => pick(key, v ?? undefined)}
                      options={options}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Form>
        </Card>
        {(a === undefined || b === undefined || a === b) && (
          <Typography.Paragraph type="secondary">{t('planning.compare.pickTwo')}</Typography.Paragraph>
        )}
        {cmp.isError && <ErrorState error={cmp.error} onRetry={() => void cmp.refetch()} />}
        {cmp.isLoading && <PageLoading rows={6} />}
        {c && (
          <>
            <Card title={<h2 className="card-heading">{t('planning.compare.totals')}</h2>}>
              <Table
                size="small"
                rowKey="key"
                aria-label={t('planning.compare.totals')}
                data-testid="compare-totals"
                dataSource={totalRows}
                pagination={false}
                columns={[
                  { key: 'label', title: t('planning.compare.figure'), dataIndex: 'label' },
                  {
                    key: 'a',
                    title: `A: ${c.a.scenarioName} v${c.a.planVersion}`,
                    dataIndex: 'a',
                    align: 'right',
                  },
                  {
                    key: 'b',
                    title: `B: ${c.b.scenarioName} v${c.b.planVersion}`,
                    dataIndex: 'b',
                    align: 'right',
                  },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="compare-same">
                {t('planning.compare.same', { count: c.sameMoves })}
              </Typography.Paragraph>
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} xxl={12}>
                <MoveList
                  title={t('planning.compare.onlyInA', { count: c.onlyInA.length })}
                  moves={c.onlyInA}
                  testId="only-in-a"
                />
              </Col>
              <Col xs={24} xxl={12}>
                <MoveList
                  title={t('planning.compare.onlyInB', { count: c.onlyInB.length })}
                  moves={c.onlyInB}
                  testId="only-in-b"
                />
              </Col>
            </Row>
            <Card
              title={
                <h2 className="card-heading">
                  {t('planning.compare.changed', { count: c.changedDestination.length })}
                </h2>
              }
            >
              <Table<Changed>
                size="small"
                rowKey="employeeId"
                aria-label={t('planning.compare.changed', { count: c.changedDestination.length })}
                data-testid="changed-destination"
                dataSource={[...c.changedDestination]}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  {
                    key: 'employee',
                    title: t('planning.plan.col.employee'),
                    render: (_, m) => `${m.name} (${formatNip(m.nip)})`,
                  },
                  {
                    key: 'toA',
                    title: t('planning.compare.toA'),
                    render: (_, m) => placeText(m.toA, t('planning.compare.stays')),
                  },
                  {
                    key: 'toB',
                    title: t('planning.compare.toB'),
                    render: (_, m) => placeText(m.toB, t('planning.compare.stays')),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </div>
    </div>
  );
}
