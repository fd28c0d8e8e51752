import { Card, Col, Progress, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isJptKind } from '../../../../src/core/selection/selection-model';
import { usePosition } from '../../api/use-positions';
import { useCan } from '../../api/use-session';
import { palette } from '../../app/theme';
import { ErrorState } from '../../components/error-state';
import { BackLink, PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatNumber } from '../../lib/format';
import { useGradeLabel } from '../../lib/use-grade-label';
import { useLanguage } from '../../lib/use-language';
import { CandidatePanel } from './candidate-panel';
import { CompetencyStandardTable } from './competency-standard-table';
import { HoldersTable } from './holders-table';
import { RequirementsCard } from './requirements-card';
import { SelectionPanel } from './selection-panel';
import './position.css';

/** A position: its requirements, competency standard, seats and holders. */
export default function PositionPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { id } = useParams();
  const canList = useCan('position.list');
  const canMatch = useCan('match.read');
  const canReadSelections = useCan('selection.read');
  const position = usePosition(Number(id));
  const grade = useGradeLabel();
  const back = canList ? { back: { to: '/jabatan', label: t('position.back') } } : {};

  if (position.isPending) return <PageLoading rows={10} />;
  if (position.isError) {
    return (
      <div className="page">
        {back.back && <BackLink {...back.back} />}
        <ErrorState
          level={1}
          error={position.error}
          onRetry={() => void position.refetch()}
          notFoundTitle={t('position.notFoundTitle')}
        />
      </div>
    );
  }
  const p = position.data;
  const fill = p.seats > 0 ? Math.round((p.holders / p.seats) * 100) : 0;
  const gradeText = grade(p);
  return (
    <div className="page" data-testid="position-page">
      <PageHeader
        title={p.name}
        subtitle={p.unitName}
        tags={
          <span className="title-tags">
            <Tag color="blue">{t(`enum.kind.${p.kind}`)}</Tag>
            {gradeText && <Tag>{gradeText}</Tag>}
            {p.isStrategic && <Tag color="purple">{t('positions.strategic')}</Tag>}
          </span>
        }
        {...back}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <div className="stack">
            <Card title={<h2 className="card-heading">{t('position.seatsTitle')}</h2>}>
              <div className="seats-box">
                <Progress
                  type="circle"
                  percent={fill}
                  size={96}
                  strokeColor={p.vacancies > 0 ? palette.gold : palette.success}
                  aria-hidden
                />
                <div>
                  <div className="seats-figure" data-testid="position-seats">
                    {t('position.seatsFill', {
                      holders: formatNumber(p.holders, lng),
                      seats: formatNumber(p.seats, lng),
                    })}
                  </div>
                  {p.vacancies > 0 ? (
                    <Tag color="red">{t('positions.vacant', { count: p.vacancies })}</Tag>
                  ) : (
                    <Tag color="green">{t('positions.full')}</Tag>
                  )}
                </div>
              </div>
            </Card>
            <RequirementsCard position={p} />
          </div>
        </Col>
        <Col xs={24} xl={15}>
          <div className="stack">
            <Card title={<h2 className="card-heading">{t('position.holdersTitle')}</h2>}>
              <HoldersTable holders={p.holdersList} />
            </Card>
            <Card title={<h2 className="card-heading">{t('position.standardTitle')}</h2>}>
              {p.competencyStandard.length === 0 ? (
                <Typography.Text type="secondary">{t('position.noStandard')}</Typography.Text>
              ) : (
                <CompetencyStandardTable standard={p.competencyStandard} />
              )}
            </Card>
          </div>
        </Col>
      </Row>
      {canMatch && <CandidatePanel positionId={p.id} />}
      {canReadSelections && isJptKind(p.kind) && <SelectionPanel positionId={p.id} />}
    </div>
  );
}
