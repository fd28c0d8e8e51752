import { Button, Card, Checkbox, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSession, useBoardSessionWrite } from '../../api/use-board';

type Candidate = BoardSession['candidates'][number];
const key = (memberId: number, itemId: number) => `${memberId}:${itemId}`;

/**
 * Each present member declares, per candidate, whether they have a conflict of interest: a grid of
 * candidates by members, saved as one declaration per pair (a conflicted member is left out of that
 * candidate's decision by the server's rules).
 */
export function ConflictsCard({
  session,
  canManage,
  write,
}: {
  session: BoardSession;
  canManage: boolean;
  write: ReturnType<typeof useBoardSessionWrite>;
}) {
  const { t } = useTranslation();
  const declared = new Map(session.conflicts.map((c) => [key(c.memberId, c.itemId), c]));
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const members = session.members.filter((m) => m.present);
  const hasConflict = (memberId: number, itemId: number) =>
    marks[key(memberId, itemId)] ?? declared.get(key(memberId, itemId))?.hasConflict ?? false;
  const save = () =>
    write.mutate(
      {
        path: 'conflicts',
        body: {
          version: session.version,
          declarations: session.candidates.flatMap((c) =>
            members.map((m) => {
              const conflict = hasConflict(m.id, c.itemId);
              return {
                memberId: m.id,
                itemId: c.itemId,
                hasConflict: conflict,
                statement: conflict ? 'Ada konflik kepentingan' : t('process.board.noConflictStatement'),
              };
            }),
          ),
        },
      },
      { onSuccess: () => setMarks({}) },
    );
  return (
    <Card
      title={<h2 className="card-heading">{t('process.board.conflicts')}</h2>}
      data-testid="conflicts-card"
      extra={<Tag>{t('process.board.declared', { count: session.conflicts.length })}</Tag>}
    >
      <Table<Candidate>
        size="small"
        rowKey="itemId"
        pagination={false}
        scroll={{ x: 600 }}
        aria-label={t('process.board.conflicts')}
        dataSource={session.candidates}
        columns={[
          { key: 'candidate', title: t('process.board.candidates'), dataIndex: 'employeeName' },
          ...members.map((m) => ({
            key: `m${m.id}`,
            title: m.name,
            render: (_: unknown, c: Candidate) => {
              const d = declared.get(key(m.id, c.itemId));
              return canManage ? (
                <Checkbox
                  checked={hasConflict(m.id, c.itemId)}
                  onChange={(e) => setMarks({ ...marks, [key(m.id, c.itemId)]: e.target.checked })}
                >
                  {t('process.board.hasConflict')}
                </Checkbox>
              ) : d ? (
                <Tag color={d.hasConflict ? 'red' : 'green'}>
                  {d.hasConflict ? t('process.board.hasConflict') : t('process.board.noConflict')}
                </Tag>
              ) : (
                '-'
              );
            },
          })),
        ]}
      />
      {canManage && members.length > 0 && (
        <Button
          style={{ marginTop: 12 }}
          type="primary"
          loading={write.isPending && write.variables?.path === 'conflicts'}
          onClick={save}
          data-testid="save-conflicts"
        >
          {t('process.board.declareNone')}
        </Button>
      )}
    </Card>
  );
}
