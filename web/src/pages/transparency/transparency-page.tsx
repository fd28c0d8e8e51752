import { Card, Col, Empty, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Transparency, useTransparency } from '../../api/use-transparency';
import { BrandMark } from '../../app/brand-mark';
import { LanguageSwitch } from '../../app/language-switch';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatDate, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PlanSummary } from './plan-summary';
import './transparency.css';

type Round = Transparency['rounds'][number];

/**
 * The public transparency page (no sign-in): per mutation round the proposals' numbers and states,
 * moves by type and by target unit, and the plans' criteria, weights and optimality certificate.
 * The endpoint gives no names or NIPs, so none can show here.
 */
export default function TransparencyPage() {
  const { t } = useTranslation();
  const data = useTransparency();
  return (
    <div className="transparency">
      <header className="transparency-bar">
        <BrandMark tone="light" />
        <div className="transparency-bar-end">
          <LanguageSwitch />
          <Link to="/masuk">{t('process.transparency.signIn')}</Link>
        </div>
      </header>
      <main className="page transparency-main" data-testid="transparency-page" aria-busy={data.isFetching}>
        <PageHeader title={t('process.transparency.title')} subtitle={t('process.transparency.subtitle')} />
        {data.isPending ? (
          <PageLoading />
        ) : data.isError ? (
          <ErrorState error={data.error} onRetry={() => void data.refetch()} />
        ) : data.data.rounds.length === 0 ? (
          <Empty description={t('process.transparency.empty')} />
        ) : (
          <div className="stack">
            <Typography.Text type="secondary">{data.data.instansi}</Typography.Text>
            {data.data.rounds.map((r) => (
              <RoundCard key={r.round} round={r} instansi={data.data.instansi} />
            ))}
          </div>
        )}
      </main>
    </div>
  );
}

function RoundCard({ round, instansi }: { round: Round; instansi: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const type = (code: string) => t(`process.moveType.${code}`, { defaultValue: code });
  return (
    <Card
      title={<h2 className="card-heading">{t('process.transparency.round', { round: round.round })}</h2>}
      data-testid="transparency-round"
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <h3 className="transparency-sub">{t('process.transparency.proposals')}</h3>
          <ul className="transparency-list">
            {round.proposals.map((p) => (
              <li key={p.number}>
                {p.number} <Tag>{t(`process.state.${p.state}`, { defaultValue: p.state })}</Tag>
                <span className="cell-sub">TMT {formatDate(p.tmt, lng, 'short')}</span>
              </li>
            ))}
          </ul>
        </Col>
        <Col xs={24} lg={8}>
          <Table
            size="small"
            rowKey="moveType"
            pagination={false}
            title={() => <h3 className="transparency-sub">{t('process.transparency.byType')}</h3>}
            aria-label={t('process.transparency.byType')}
            dataSource={round.byType}
            locale={{ emptyText: t('process.transparency.noMoves') }}
            columns={[
              { key: 'type', title: t('process.transparency.type'), render: (_, r) => type(r.moveType) },
              {
                key: 'count',
                title: t('process.transparency.count'),
                align: 'right',
                render: (_, r) => formatNumber(r.count, lng),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Table
            size="small"
            rowKey="unit"
            pagination={false}
            title={() => <h3 className="transparency-sub">{t('process.transparency.byUnit')}</h3>}
            aria-label={t('process.transparency.byUnit')}
            dataSource={round.byUnit}
            locale={{ emptyText: t('process.transparency.noMoves') }}
            columns={[
              { key: 'unit', title: t('process.transparency.unit'), dataIndex: 'unit' },
              {
                key: 'count',
                title: t('process.transparency.count'),
                align: 'right',
                render: (_, r) => formatNumber(r.count, lng),
              },
            ]}
          />
        </Col>
      </Row>
      <h3 className="transparency-sub">{t('process.transparency.plans')}</h3>
      {round.plans.length === 0 ? (
        <Typography.Text type="secondary">{t('process.transparency.noPlan')}</Typography.Text>
      ) : (
        round.plans.map((p) => <PlanSummary key={p.planId} plan={p} instansi={instansi} />)
      )}
    </Card>
  );
}
