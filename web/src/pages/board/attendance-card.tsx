import { Button, Card, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BoardMember, type BoardSession, useBoardSessionWrite } from '../../api/use-board';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { BoardWriteError } from './board-write-error';
import { StepBlocked, stepProps } from './step-blocked';

/**
 * The members with their seat, office and declaration progress. The chair or the secretary marks who
 * is present and saves it with the session's version; everyone else sees the switches disabled with
 * the server's reason.
 */
export function AttendanceCard({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const write = useBoardSessionWrite(session.id);
  const [present, setPresent] = useState<Record<number, boolean>>({});
  const isPresent = (m: BoardMember) => present[m.id] ?? m.present;
  const changed = session.members.some((m) => isPresent(m) !== m.present);
  const total = session.candidates.length;
  const control = stepProps(session, 'attendance');
  const declaration = (m: BoardMember) => {
    if (m.declared === 0) return <Tag>{t('board.attendance.declaredNone')}</Tag>;
    const done =
      m.declared >= total
        ? t('board.attendance.declaredAll', { n: formatNumber(total, lng) })
        : t('board.attendance.declaredSome', {
            done: formatNumber(m.declared, lng),
            total: formatNumber(total, lng),
          });
    return (
      <span>
        <Tag color={m.declared >= total ? 'green' : 'gold'}>{done}</Tag>
        {m.conflicts > 0 && (
          <span className="cell-sub">
            {t('board.attendance.conflicts', { n: formatNumber(m.conflicts, lng) })}
          </span>
        )}
      </span>
    );
  };
  return (
    <Card
      title={<h2 className="card-heading">{t('board.attendance.title')}</h2>}
      data-testid="attendance-card"
    >
      <Table<BoardMember>
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t('board.attendance.title')}
        dataSource={session.members}
        columns={[
          {
            key: 'name',
            title: t('board.attendance.name'),
            render: (_, m) => (
              <span className="cell-person">
                <span className="cell-person-name">{m.name}</span>
                {m.nip && <span className="nip">{formatNip(m.nip)}</span>}
              </span>
            ),
          },
          { key: 'position', title: t('board.attendance.position'), dataIndex: 'positionTitle' },
          { key: 'role', title: t('board.attendance.role'), render: (_, m) => t(`board.role.${m.role}`) },
          {
            key: 'present',
            title: t('board.attendance.present'),
            render: (_, m) => (
              <Space size={6}>
                <Switch
                  size="small"
                  checked={isPresent(m)}
                  aria-label={t('board.attendance.presentFor', { name: m.name })}
                  onChange={(v) => setPresent({ ...present, [m.id]: v })}
                  {...control}
                />
                <span>{isPresent(m) ? t('board.attendance.present') : t('board.attendance.absent')}</span>
              </Space>
            ),
          },
          { key: 'declaration', title: t('board.attendance.declaration'), render: (_, m) => declaration(m) },
        ]}
      />
      <div className="board-actions">
        <Button
          type="primary"
          disabled={!changed || !session.permissions.attendance.allowed}
          loading={write.isPending}
          data-testid="save-attendance"
          {...control}
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
          {t('board.attendance.save')}
        </Button>
        <StepBlocked session={session} step="attendance" action={t('board.attendance.save')} />
        <BoardWriteError error={write.error} />
      </div>
    </Card>
  );
}
