import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { useProposal, useProposalWrite } from '../../api/use-proposals';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { DecreeCard, withoutDecreeSteps } from './decree-card';
import { ElectionRefusal } from './election-refusal';
import { ObjectionsCard } from './objections-card';
import { ProposalActions } from './proposal-actions';
import { ProposalHistory } from './proposal-history';
import { ProposalItemsTable } from './proposal-items-table';
import { StateTag } from './state-tag';
import { WriteError } from './write-error';

/**
 * One proposal with its moves, history, SK and objections; the buttons are exactly the transitions
 * the server says the caller may take (the page re-implements no rule).
 */
export default function ProposalPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const id = Number(useParams().id);
  const proposal = useProposal(id);
  const write = useProposalWrite(id);
  if (proposal.isPending) return <PageLoading />;
  if (proposal.isError)
    return (
      <div className="page">
        <ErrorState
          error={proposal.error}
          level={1}
          notFoundTitle={t('process.detail.notFound')}
          onRetry={() => void proposal.refetch()}
        />
      </div>
    );
  const p = proposal.data;
  const electionRefusal =
    isApiError(write.error) && write.error.code === 'WORKFLOW_ELECTION_WINDOW' ? write.error : null;
  const showsDecree = p.decree !== null || ['APPROVED', 'SK_ISSUED', 'ANNOUNCED'].includes(p.state);
  return (
    <div className="page" data-testid="proposal-page" aria-busy={proposal.isFetching || write.isPending}>
      <PageHeader
        back={{ to: '/usulan', label: t('process.detail.back') }}
        title={`${p.number} · ${p.title}`}
        documentTitle={p.number}
        tags={<StateTag state={p.state} />}
      />
      <div className="stack">
        <Card title={<h2 className="card-heading">{t('process.detail.actions')}</h2>}>
          <ProposalActions
            proposal={withoutDecreeSteps(p)}
            write={write}
            stepsInDecreeCard={withoutDecreeSteps(p).transitions.length < p.transitions.length}
          />
        </Card>
        {electionRefusal ? (
          <ElectionRefusal proposal={p} message={electionRefusal.messageIn(lng)} write={write} />
        ) : (
          <WriteError error={write.error} />
        )}
        <Card title={<h2 className="card-heading">{t('process.detail.facts')}</h2>}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('process.col.round')}>{p.round}</Descriptions.Item>
            <Descriptions.Item label={t('process.col.tmt')}>{formatDate(p.tmt, lng)}</Descriptions.Item>
            <Descriptions.Item label={t('process.col.moves')}>{p.items.length}</Descriptions.Item>
            <Descriptions.Item label={t('process.detail.createdAt')}>
              {formatDate(p.createdAt, lng)}
            </Descriptions.Item>
            <Descriptions.Item label={t('process.detail.version')}>{p.version}</Descriptions.Item>
            {p.mendagriApprovals.length > 0 && (
              <Descriptions.Item label={t('process.decree.approvals')}>
                {p.mendagriApprovals
                  .map((a) => `${a.letterNo} (${formatDate(a.letterDate, lng, 'short')})`)
                  .join('; ')}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card title={<h2 className="card-heading">{t('process.detail.items')}</h2>}>
          <ProposalItemsTable proposal={p} write={write} />
        </Card>
        <Row gutter={[16, 16]}>
          {showsDecree && (
            <Col xs={24} lg={12}>
              <DecreeCard proposal={p} />
            </Col>
          )}
          {p.announcedOn && (
            <Col xs={24} lg={12}>
              <ObjectionsCard proposal={p} write={write} />
            </Col>
          )}
        </Row>
        <Card title={<h2 className="card-heading">{t('process.detail.history')}</h2>}>
          <ProposalHistory history={p.history} />
        </Card>
      </div>
    </div>
  );
}
