import { Alert, Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type BoardSession, useBoardSession } from '../../api/use-board';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { formatDate, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { AttendanceCard } from './attendance-card';
import { DecisionPanel } from './decision-panel';
import { MinutesCard } from './minutes-card';
import { MyDeclarationCard } from './my-declaration-card';
import './board.css';

/**
 * One review-board session: its facts and progress, attendance, the signed-in member's own
 * declaration, the bulk decision and the minutes. What the caller may do comes from the server's
 * `permissions`; refused steps are shown disabled with their reason.
 */
export default function BoardSessionPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const id = Number(useParams().id);
  const session = useBoardSession(id);
  if (!Number.isInteger(id) || id <= 0)
    return (
      <div className="page">
        <ErrorState error={null} level={1} notFoundTitle={t('board.session.notFound')} />
      </div>
    );
  if (session.isPending) return <PageLoading />;
  if (session.isError)
    return (
      <div className="page">
        <ErrorState
          error={session.error}
          level={1}
          notFoundTitle={t('board.session.notFound')}
          onRetry={() => void session.refetch()}
        />
      </div>
    );
  const s = session.data;
  const proposals = [...new Map(s.candidates.map((c) => [c.proposalId, c])).values()];
  return (
    <div className="page board-page" data-testid="board-session-page" aria-busy={session.isFetching}>
      <PageHeader
        back={{ to: '/sidang-tpk', label: t('board.session.back') }}
        title={s.number}
        tags={s.me && <Tag color="blue">{t(`board.role.${s.me.role}`)}</Tag>}
      />
      <div className="stack">
        {!s.me && <Alert type="info" showIcon title={t('board.session.notMember')} />}
        <Card title={<h2 className="card-heading">{t('board.session.facts')}</h2>}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('board.session.heldOn')}>
              {formatDate(s.heldOn, lng)}
            </Descriptions.Item>
            <Descriptions.Item label={t('board.session.place')}>{s.place}</Descriptions.Item>
            <Descriptions.Item label={t('board.session.agenda')}>
              <Space wrap>
                {proposals.map((c) => (
                  <Link key={c.proposalId} to={`/usulan/${c.proposalId}`}>
                    {c.proposalNumber}
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <Progress session={s} />
        </Card>
        <AttendanceCard session={s} />
        {s.me && <MyDeclarationCard key={`${s.id}-${s.me.memberId}`} session={s} />}
        <DecisionPanel session={s} />
        <MinutesCard session={s} />
      </div>
    </div>
  );
}

/** Where the session stands: candidates decided by kind of decision, and declarations complete. */
function Progress({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const n = (x: number) => formatNumber(x, lng);
  const count = (d: string | null) => session.candidates.filter((c) => c.decision === d).length;
  const present = session.members.filter((m) => m.present);
  const complete = present.filter((m) => m.declared >= session.candidates.length).length;
  return (
    <Descriptions
      size="small"
      layout="vertical"
      column={{ xs: 1, md: 3 }}
      title={<h3 className="board-subheading">{t('board.session.progress')}</h3>}
      data-testid="board-progress"
    >
      <Descriptions.Item label={t('board.session.candidates')}>
        {n(session.candidates.length)}
      </Descriptions.Item>
      <Descriptions.Item label={t('board.session.decided')}>
        {`${t('board.session.agreed')} ${n(count('AGREE'))} · ${t('board.session.disagreed')} ${n(count('DISAGREE'))} · ${t('board.session.deferred')} ${n(count('DEFER'))} · ${t('board.session.undecided')} ${n(count(null))}`}
      </Descriptions.Item>
      <Descriptions.Item label={t('board.session.declarations')}>
        {t('board.session.declarationsValue', { done: n(complete), total: n(present.length) })}
      </Descriptions.Item>
    </Descriptions>
  );
}
