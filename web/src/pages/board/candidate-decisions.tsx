import { Button, Card, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_DECISIONS, type BoardDecision } from '../../../../src/core/workflow/board-rules';
import type { BoardSession, useBoardSessionWrite } from '../../api/use-board';
import { formatNip } from '../../lib/format';

type Candidate = BoardSession['candidates'][number];
type Draft = { decision?: BoardDecision; notes?: string };

/** A decision per candidate (agree, disagree, defer) with notes, saved one candidate at a time. */
export function CandidateDecisions({
  session,
  canManage,
  write,
}: {
  session: BoardSession;
  canManage: boolean;
  write: ReturnType<typeof useBoardSessionWrite>;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const edit = (itemId: number, change: Draft) =>
    setDrafts({ ...drafts, [itemId]: { ...drafts[itemId], ...change } });
  return (
    <Card
      title={<h2 className="card-heading">{t('process.board.candidates')}</h2>}
      data-testid="candidate-decisions"
    >
      <Table<Candidate>
        size="small"
        rowKey="itemId"
        pagination={false}
        scroll={{ x: 900 }}
        aria-label={t('process.board.candidates')}
        dataSource={session.candidates}
        columns={[
          {
            key: 'employee',
            title: t('process.col.name'),
            render: (_, c) => (
              <>
                <div>{c.employeeName}</div>
                <span className="nip">{formatNip(c.nip)}</span>
              </>
            ),
          },
          {
            key: 'move',
            title: t('process.col.fromTo'),
            render: (_, c) => (
              <>
                <div>{c.fromPositionName ?? '-'}</div>
                <div>
                  → <strong>{c.toPositionName}</strong>
                  <span className="cell-sub">, {c.toUnitName}</span>
                </div>
              </>
            ),
          },
          {
            key: 'decision',
            title: t('process.board.decision'),
            render: (_, c) => {
              if (!canManage) return c.decision ? <Tag>{t(`process.board.verdict.${c.decision}`)}</Tag> : '-';
              const d = drafts[c.itemId] ?? {};
              return (
                <Select<BoardDecision>
                  style={{ width: 150 }}
                  aria-label={`${t('process.board.decision')}: ${c.employeeName}`}
                  value={d.decision ?? c.decision ?? undefined}
                  onChange={(v) => edit(c.itemId, { decision: v })}
                  options={BOARD_DECISIONS.map((v) => ({ value: v, label: t(`process.board.verdict.${v}`) }))}
                />
              );
            },
          },
          {
            key: 'notes',
            title: t('process.board.notes'),
            render: (_, c) =>
              canManage ? (
                <Input
                  aria-label={`${t('process.board.notes')}: ${c.employeeName}`}
                  value={drafts[c.itemId]?.notes ?? c.notes ?? ''}
                  onChange={(e) => edit(c.itemId, { notes: e.target.value })}
                />
              ) : (
                (c.notes ?? '')
              ),
          },
          ...(canManage
            ? [
                {
                  key: 'save',
                  title: <span className="visually-hidden">{t('process.board.decide')}</span>,
                  render: (_: unknown, c: Candidate) => {
                    const d = drafts[c.itemId] ?? {};
                    const decision = d.decision ?? c.decision;
                    return (
                      <Button
                        size="small"
                        disabled={!decision || (d.decision === undefined && d.notes === undefined)}
                        aria-label={`${t('process.board.decide')}: ${c.employeeName}`}
                        onClick={() =>
                          write.mutate(
                            {
                              path: 'decisions',
                              body: {
                                version: session.version,
                                itemId: c.itemId,
                                decision,
                                notes: (d.notes ?? c.notes ?? '').trim() || null,
                              },
                            },
                            {
                              onSuccess: () => {
                                const { [c.itemId]: _, ...rest } = drafts;
                                setDrafts(rest);
                              },
                            },
                          )
                        }
                      >
                        {t('process.board.decide')}
                      </Button>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
