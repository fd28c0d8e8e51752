import { Alert, Card, Col, Form, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NineBox } from '../../../../src/core/appraisal/policy';
import { usePeriods } from '../../api/use-evaluations';
import { useTalentGrid } from '../../api/use-talent';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PeriodSelect } from '../evaluations/period-select';
import { BoxMembers } from './box-members';
import { DistributionWarnings } from './distribution-warnings';
import { NineBoxGrid } from './nine-box-grid';
import { TalentPoolCard } from './talent-pool-card';
import './talent.css';

/** The talent grid of a period: counts per box, who is in a box, the pool and OPD warnings. */
export default function TalentPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const periods = usePeriods();
  const [periodId, setPeriodId] = useState<number | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [box, setBox] = useState<NineBox | null>(null);
  // No period chosen: the server answers with the latest closed one.
  const grid = useTalentGrid(periodId, unitId);
  const shownPeriod = grid.data?.period.id;

  if (grid.isPending) return <PageLoading rows={10} />;
  if (grid.isError)
    return (
      <div className="page">
        <PageHeader title={t('evaluation.talent.title')} />
        <ErrorState error={grid.error} onRetry={() => void grid.refetch()} />
      </div>
    );
  const g = grid.data;
  const { unplaced } = g.counts;
  const unplacedTotal = unplaced.NO_ASSESSMENT + unplaced.ASSESSMENT_EXPIRED + unplaced.NO_STANDARD;
  return (
    <div className="page" data-testid="talent-page" aria-busy={grid.isFetching}>
      <PageHeader title={t('evaluation.talent.title')} subtitle={t('evaluation.talent.subtitle')} />
      <div className="stack">
        <Card className="filters-card">
          <Form layout="vertical">
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item label={t('evaluation.period')} htmlFor="talent-period">
                  <PeriodSelect
                    id="talent-period"
                    periods={periods.data?.items ?? []}
                    loading={periods.isPending}
                    value={periodId ?? shownPeriod}
                    onChange={(id) => {
                      setPeriodId(id);
                      setBox(null);
                    }}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item label={t('evaluation.unit')} htmlFor="talent-unit">
                  <UnitTreeSelect
                    id="talent-unit"
                    value={unitId}
                    onChange={(id) => {
                      setUnitId(id);
                      setBox(null);
                    }}
                    placeholder={t('evaluation.allUnits')}
                    purpose="talent.read"
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card>
        {g.live && <Alert type="info" showIcon message={t('evaluation.talent.live')} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={11}>
            <Card>
              <h2 className="card-heading">{t('evaluation.talent.gridTitle', { period: g.period.code })}</h2>
              <dl className="talent-counts" data-testid="talent-counts">
                <div>
                  <dt>{t('evaluation.talent.population')}</dt>
                  <dd data-testid="talent-population">{formatNumber(g.counts.population, lng)}</dd>
                </div>
                <div>
                  <dt>{t('evaluation.talent.placed')}</dt>
                  <dd>{formatNumber(g.counts.placed, lng)}</dd>
                </div>
                <div>
                  <dt>{t('evaluation.talent.unplaced')}</dt>
                  <dd>
                    {formatNumber(unplacedTotal, lng)}
                    {unplacedTotal > 0 && (
                      <span className="cell-sub">
                        {' '}
                        (
                        {(['NO_ASSESSMENT', 'ASSESSMENT_EXPIRED', 'NO_STANDARD'] as const)
                          .filter((k) => unplaced[k] > 0)
                          .map((k) => `${unplaced[k]} ${t(`evaluation.talent.unplacedReason.${k}`)}`)
                          .join('; ')}
                        )
                      </span>
                    )}
                  </dd>
                </div>
              </dl>
              <NineBoxGrid grid={g} selected={box} onSelect={setBox} />
            </Card>
          </Col>
          <Col xs={24} xl={13}>
            <Card>
              {box === null ? (
                <Typography.Paragraph type="secondary">{t('evaluation.talent.pickBox')}</Typography.Paragraph>
              ) : (
                <BoxMembers periodId={g.period.id} unitId={unitId} box={box} />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card>
              <DistributionWarnings distribution={g.distribution} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card>
              <TalentPoolCard periodId={g.period.id} unitId={unitId} />
            </Card>
          </Col>
        </Row>
      </div>
    </div>
  );
}
