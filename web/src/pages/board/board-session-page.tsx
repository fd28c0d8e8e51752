import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useBoardSession, useBoardSessionWrite } from '../../api/use-board';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { WriteError } from '../proposals/write-error';
import { AttendanceCard } from './attendance-card';
import { CandidateDecisions } from './candidate-decisions';
import { ConflictsCard } from './conflicts-card';

/**
 * One review-board session: attendance, conflict-of-interest declarations, a decision per candidate
 * and the minutes. Editing is offered only with the server's `board.manage`.
 */
export default function BoardSessionPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const id = Number(useParams().id);
  const session = useBoardSession(id);
  const write = useBoardSessionWrite(id);
  if (session.isPending) return <PageLoading />;
  if (session.isError)
    return (
      <div className="page">
        <ErrorState
          error={session.error}
          level={1}
          notFoundTitle={t('process.board.notFound')}
          onRetry={() => void session.refetch()}
        />
      </div>
    );
  const s = session.data;
  const canManage = s.actions.includes('board.manage');
  const proposals = [...new Map(s.candidates.map((c) => [c.proposalId, c])).values()];
  return (
    <div className="page" data-testid="board-session-page" aria-busy={session.isFetching || write.isPending}>
      <PageHeader back={{ to: '/sidang-tpk', label: t('process.board.back') }} title={s.number} />
      <div className="stack">
        <WriteError error={write.error} />
        <Card title={<h2 className="card-heading">{t('process.detail.facts')}</h2>}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('process.board.heldOn')}>
              {formatDate(s.heldOn, lng)}
            </Descriptions.Item>
            <Descriptions.Item label={t('process.board.place')}>{s.place}</Descriptions.Item>
            <Descriptions.Item label={t('process.board.agenda')}>
              <Space wrap>
                {proposals.map((c) => (
                  <Link key={c.proposalId} to={`/usulan/${c.proposalId}`}>
                    {c.proposalNumber}
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <AttendanceCard session={s} canManage={canManage} write={write} />
        <ConflictsCard session={s} canManage={canManage} write={write} />
        <CandidateDecisions session={s} canManage={canManage} write={write} />
        <Card title={<h2 className="card-heading">{t('process.board.minutes')}</h2>}>
          <Space wrap>
            {canManage && (
              <Button
                icon={<FileTextOutlined aria-hidden />}
                loading={write.isPending && write.variables?.path === 'minutes'}
                onClick={() => write.mutate({ path: 'minutes', body: {} })}
              >
                {t('process.board.renderMinutes')}
              </Button>
            )}
            {s.minutesSha256 ? (
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={`/api/board-sessions/${s.id}/minutes.pdf`}
                data-testid="download-minutes"
              >
                {t('process.board.downloadMinutes')}
              </Button>
            ) : (
              <Typography.Text type="secondary">-</Typography.Text>
            )}
          </Space>
        </Card>
      </div>
    </div>
  );
}
