import { Card, Col, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { innovationEvidenceUrl, participationEvidenceUrl, usePersonRegisters } from '../../api/use-registers';
import { useCan } from '../../api/use-session';
import { ErrorState } from '../../components/error-state';
import { PageLoading } from '../../components/page-loading';
import { useLanguage } from '../../lib/use-language';
import { EvidenceView } from './evidence-view';
import { IndexEffect } from './index-effect';
import { spanText } from './program-span';
import './registers.css';

/**
 * The profile's way into the registers: the person's innovations and programme parts, each with
 * its evidence and how it moves their index in the open periods, linked to the register entries.
 */
export function PersonRegistersCard({ nip }: { nip: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const registers = usePersonRegisters(nip);
  // Note: the programme pages list other people too; the server says who may open them.
  const canOpenPrograms = useCan('evaluation.read');
  if (registers.isPending) return <PageLoading rows={3} />;
  if (registers.isError)
    return <ErrorState error={registers.error} onRetry={() => void registers.refetch()} />;
  const { innovations, participations } = registers.data;
  return (
    <section aria-labelledby="person-registers-title" data-testid="person-registers">
      <Typography.Title level={3} className="section-title" id="person-registers-title">
        {t('registers.profile.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('registers.profile.innovations', { count: innovations.length })}
            extra={<Link to={`/inovasi?nip=${nip}`}>{t('registers.profile.openRegister')}</Link>}
            data-testid="person-innovations"
          >
            <List
              dataSource={innovations}
              locale={{ emptyText: t('registers.profile.noInnovations') }}
              renderItem={(i) => (
                <List.Item key={i.id}>
                  <div className="stack-tight">
                    <Link to={`/inovasi?nip=${nip}&id=${i.id}`} className="register-title-cell">
                      {i.title}
                    </Link>{' '}
                    <Tag>
                      {t('registers.profile.roleIn', {
                        role: t(`registers.innovationRole.${i.role}`),
                        stage: t(`registers.stage.${i.status}`),
                      })}
                    </Tag>
                    <div>
                      <EvidenceView evidence={i.evidence} downloadUrl={innovationEvidenceUrl(i.id)} />
                    </div>
                    <IndexEffect effects={i.effects} />
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('registers.profile.programs', { count: participations.length })}
            data-testid="person-programs"
          >
            <List
              dataSource={participations}
              locale={{ emptyText: t('registers.profile.noPrograms') }}
              renderItem={(p) => (
                <List.Item key={p.id}>
                  <div className="stack-tight">
                    {canOpenPrograms ? (
                      <Link to={`/program/${p.programId}`} className="register-title-cell">
                        {p.programName}
                      </Link>
                    ) : (
                      <Typography.Text strong>{p.programName}</Typography.Text>
                    )}{' '}
                    <Tag>{t(`registers.programRole.${p.role}`)}</Tag>
                    <Typography.Text type="secondary">
                      {spanText(t, lng, p.startDate, p.endDate)} · {t(`registers.outcome.${p.outcome}`)}
                    </Typography.Text>
                    <div>
                      <EvidenceView
                        evidence={p.evidence}
                        downloadUrl={participationEvidenceUrl(p.programId, p.id)}
                      />
                    </div>
                    <IndexEffect effects={p.effects} />
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </section>
  );
}
