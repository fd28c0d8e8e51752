import { Card, Col, Row, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { EmployeeDetailDto } from '../../api/types';
import { useEmployee } from '../../api/use-employees';
import { useCan } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { BackLink, PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatNip } from '../../lib/format';
import { CompetencyPanel } from './competency-panel';
import { DisciplinePanel } from './discipline-panel';
import { EvaluationTab } from './evaluation-tab';
import { IdentityCard } from './identity-card';
import { LicencePanel } from './licence-panel';
import { MatchTab, useCanSeeMatches } from './match-tab';
import { PositionTimeline } from './position-timeline';
import { RankEducationPanel } from './rank-education-panel';
import { TrainingPanel } from './training-panel';
import './profile.css';

const STATUS_COLOR: Record<EmployeeDetailDto['status'], string> = {
  ACTIVE: 'green',
  LEAVE: 'blue',
  TUGAS_BELAJAR: 'cyan',
  SUSPENDED: 'red',
  RETIRED: 'default',
};

/** One employee's record: identity, histories, competencies, discipline and training. */
export default function EmployeeProfilePage() {
  const { t } = useTranslation();
  const { nip = '' } = useParams();
  const canList = useCan('employee.list');
  const canMatch = useCanSeeMatches(nip);
  const employee = useEmployee(nip);
  const back = canList ? { to: '/pegawai', label: t('profile.back') } : undefined;

  if (employee.isPending) return <PageLoading rows={12} />;
  if (employee.isError) {
    return (
      <div className="page">
        {back && <BackLink {...back} />}
        <ErrorState
          level={1}
          error={employee.error}
          onRetry={() => void employee.refetch()}
          forbiddenTitle={t('profile.refusedTitle')}
          notFoundTitle={t('profile.notFoundTitle')}
        />
      </div>
    );
  }
  const e = employee.data;
  const count = (n: number) => (n > 0 ? <span className="tab-count">{n}</span> : null);
  return (
    <div className="page" data-testid="employee-profile">
      <PageHeader
        title={<span data-testid="profile-name">{e.fullName}</span>}
        documentTitle={e.fullName}
        subtitle={
          <>
            <span className="nip" data-testid="profile-nip">
              {formatNip(e.nip)}
            </span>
            {e.currentPositionName && (
              <>
                {' · '}
                {e.currentPositionName}
                {e.currentUnitName && `, ${e.currentUnitName}`}
              </>
            )}
          </>
        }
        tags={
          <span className="title-tags">
            <Tag color={STATUS_COLOR[e.status]}>{t(`enum.status.${e.status}`)}</Tag>
            <Tag>{t(`enum.employmentType.${e.employmentType}`)}</Tag>
          </span>
        }
        {...(back ? { back } : {})}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <IdentityCard employee={e} />
        </Col>
        <Col xs={24} xl={16}>
          <Card className="profile-card">
            <Tabs
              className="profile-tabs"
              items={[
                {
                  key: 'positions',
                  label: (
                    <>
                      {t('profile.tabs.positions')} {count(e.positionHistory.length)}
                    </>
                  ),
                  children: <PositionTimeline history={e.positionHistory} />,
                },
                {
                  key: 'rank',
                  label: t('profile.tabs.rank'),
                  children: <RankEducationPanel employee={e} />,
                },
                {
                  key: 'competency',
                  label: t('profile.tabs.competency'),
                  children: <CompetencyPanel employee={e} />,
                },
                {
                  key: 'discipline',
                  label: (
                    <>
                      {t('profile.tabs.discipline')} {count(e.disciplinaryCases.length)}
                    </>
                  ),
                  children: <DisciplinePanel cases={e.disciplinaryCases} />,
                },
                {
                  key: 'training',
                  label: (
                    <>
                      {t('profile.tabs.training')} {count(e.trainings.length)}
                    </>
                  ),
                  children: <TrainingPanel trainings={e.trainings} />,
                },
                {
                  key: 'licences',
                  label: (
                    <>
                      {t('profile.tabs.licences')} {count(e.licences.length)}
                    </>
                  ),
                  children: <LicencePanel employee={e} />,
                },
                {
                  key: 'evaluation',
                  label: t('evaluation.profile.tab'),
                  children: <EvaluationTab nip={e.nip} />,
                },
                ...(canMatch
                  ? [{ key: 'matches', label: t('matching.tab'), children: <MatchTab nip={e.nip} /> }]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
