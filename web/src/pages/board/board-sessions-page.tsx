import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type BoardSessionList, useBoardSessions } from '../../api/use-board';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { CreateSessionDrawer } from './create-session-drawer';
import './board.css';

type Row = BoardSessionList['items'][number];

/** The review board's sessions, newest first, with the caller's seat in each; the board opens new ones. */
export default function BoardSessionsPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const sessions = useBoardSessions();
  const [creating, setCreating] = useState(false);
  const canManage = sessions.data?.actions.includes('board.manage') ?? false;
  return (
    <div className="page" data-testid="board-sessions-page" aria-busy={sessions.isFetching}>
      <PageHeader
        title={t('board.list.title')}
        subtitle={t('board.list.subtitle')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="create-session"
            >
              {t('board.list.create')}
            </Button>
          )
        }
      />
      <Card className="table-card">
        {sessions.isError ? (
          <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <Table<Row>
            data-testid="board-session-table"
            aria-label={t('board.list.title')}
            rowKey="id"
            size="middle"
            loading={sessions.isPending}
            dataSource={sessions.data?.items ?? []}
            locale={{ emptyText: t('board.list.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                key: 'number',
                title: t('board.list.number'),
                render: (_, r) => <Link to={`/sidang-tpk/${r.id}`}>{r.number}</Link>,
              },
              { key: 'heldOn', title: t('board.list.heldOn'), render: (_, r) => formatDate(r.heldOn, lng) },
              { key: 'place', title: t('board.list.place'), dataIndex: 'place', ellipsis: true },
              {
                key: 'proposals',
                title: t('board.list.proposals'),
                render: (_, r) => r.proposalNumbers.join(', '),
              },
              {
                key: 'myRole',
                title: t('board.list.myRole'),
                render: (_, r) =>
                  r.myRole ? (
                    <Tag color="blue">{t(`board.role.${r.myRole}`)}</Tag>
                  ) : (
                    t('board.list.notMember')
                  ),
              },
              {
                key: 'minutes',
                title: t('board.list.minutes'),
                render: (_, r) => (r.hasMinutes ? t('board.list.minutesDone') : t('board.list.minutesNone')),
              },
            ]}
          />
        )}
      </Card>
      {creating && <CreateSessionDrawer onClose={() => setCreating(false)} />}
    </div>
  );
}
