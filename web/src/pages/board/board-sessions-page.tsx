import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type BoardSessionList, useBoardSessions } from '../../api/use-board';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { CreateSessionDrawer } from './create-session-drawer';

type Row = BoardSessionList['items'][number];

/** The review board's sessions, newest first as the server orders them; the board opens new ones. */
export default function BoardSessionsPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const sessions = useBoardSessions();
  const [creating, setCreating] = useState(false);
  const canManage = sessions.data?.actions.includes('board.manage') ?? false;
  return (
    <div className="page" data-testid="board-sessions-page" aria-busy={sessions.isFetching}>
      <PageHeader
        title={t('process.board.title')}
        subtitle={t('process.board.subtitle')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('process.board.create')}
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
            aria-label={t('process.board.title')}
            rowKey="id"
            loading={sessions.isPending}
            dataSource={sessions.data?.items ?? []}
            locale={{ emptyText: t('process.board.empty') }}
            pagination={false}
            columns={[
              {
                key: 'number',
                title: t('process.board.number'),
                render: (_, r) => <Link to={`/sidang-tpk/${r.id}`}>{r.number}</Link>,
              },
              {
                key: 'heldOn',
                title: t('process.board.heldOn'),
                render: (_, r) => formatDate(r.heldOn, lng),
              },
              { key: 'place', title: t('process.board.place'), dataIndex: 'place' },
            ]}
          />
        )}
      </Card>
      {creating && <CreateSessionDrawer onClose={() => setCreating(false)} />}
    </div>
  );
}
