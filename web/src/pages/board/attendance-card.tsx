import { Button, Card, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSession, useBoardSessionWrite } from '../../api/use-board';

type Member = BoardSession['members'][number];

/** The members with their role; the board marks who is present and saves it with the session's version. */
export function AttendanceCard({
  session,
  canManage,
  write,
}: {
  session: BoardSession;
  canManage: boolean;
  write: ReturnType<typeof useBoardSessionWrite>;
}) {
  const { t } = useTranslation();
  const [present, setPresent] = useState<Record<number, boolean>>({});
  const isPresent = (m: Member) => present[m.id] ?? m.present;
  const changed = session.members.some((m) => isPresent(m) !== m.present);
  return (
    <Card
      title={<h2 className="card-heading">{t('process.board.members')}</h2>}
      data-testid="attendance-card"
    >
      <Table<Member>
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t('process.board.members')}
        dataSource={session.members}
        columns={[
          { key: 'name', title: t('process.board.memberName'), dataIndex: 'name' },
          { key: 'position', title: t('process.board.memberPosition'), dataIndex: 'positionTitle' },
          {
            key: 'role',
            title: t('process.board.memberRole'),
            render: (_, m) => t(`process.board.role.${m.role}`),
          },
          {
            key: 'present',
            title: t('process.board.present'),
            render: (_, m) =>
              canManage ? (
                <Switch
                  size="small"
                  checked={isPresent(m)}
                  aria-label={`${t('process.board.present')}: ${m.name}`}
                  onChange={(v) => setPresent({ ...present, [m.id]: v })}
                />
              ) : (
                <Tag color={m.present ? 'green' : 'default'}>
                  {m.present ? t('process.board.present') : t('process.board.absent')}
                </Tag>
              ),
          },
        ]}
      />
      {canManage && (
        <Button
          style={{ marginTop: 12 }}
          type="primary"
          disabled={!changed}
          loading={write.isPending && write.variables?.path === 'attendance'}
          onClick={() =>
            write.mutate(
              {
                path: 'attendance',
                body: {
                  version: session.version,
                  attendance: session.members.map((m) => ({ memberId: m.id, present: isPresent(m) })),
                },
              },
              { onSuccess: () => setPresent({}) },
            )
          }
        >
          {t('process.board.saveAttendance')}
        </Button>
      )}
    </Card>
  );
}
