import { Checkbox, Form, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BOARD_EXCEPTION_DECISIONS,
  type BoardExceptionDecision,
} from '../../../../src/core/workflow/board-rules';
import type { BoardCandidate, BoardSession } from '../../api/use-board';
import { CandidateCell, MoveCell } from './candidate-cell';

export type Exception = { decision: BoardExceptionDecision; reason: string };

/**
 * The agenda as the chair decides it, a page at a time: each candidate's move, its kind, its current
 * decision, whether every member present has declared (and who abstains), and the exception mark with
 * its decision and reason. `errors` are the server's or the form's messages per candidate's reason.
 */
export function DecisionTable({
  session,
  rows,
  exceptions,
  errors,
  editable,
  onMark,
}: {
  session: BoardSession;
  rows: readonly BoardCandidate[];
  exceptions: ReadonlyMap<number, Exception>;
  errors: ReadonlyMap<number, string>;
  editable: Record<string, unknown>;
  onMark: (itemId: number, exception: Exception | null) => void;
}) {
  const { t } = useTranslation();
  const name = new Map(session.members.map((m) => [m.id, m.name]));
  const names = (ids: readonly number[]) => ids.map((id) => name.get(id) ?? `#${id}`).join(', ');
  const readiness = (c: BoardCandidate) => {
    if (!c.open) return <Tag>{t('board.decide.closed')}</Tag>;
    const abstain = c.conflictMemberIds.length > 0 && (
      <span className="cell-sub">{t('board.decide.abstain', { names: names(c.conflictMemberIds) })}</span>
    );
    if (c.blocked === 'UNDECLARED')
      return (
        <span className="board-move">
          <Tag color="orange">{t('board.decide.blocked')}</Tag>
          <span className="cell-sub">
            {t('board.decide.waitingFor', { names: names(c.undeclaredMemberIds) })}
          </span>
        </span>
      );
    if (c.blocked === 'NO_QUORUM') return <Tag color="red">{t('board.decide.noQuorum')}</Tag>;
    return (
      <span className="board-move">
        <Tag color="green">{t('board.decide.ready')}</Tag>
        {abstain}
      </span>
    );
  };
  return (
    <Table<BoardCandidate>
      size="small"
      rowKey="itemId"
      aria-label={t('board.decide.title')}
      data-testid="decision-table"
      dataSource={rows as BoardCandidate[]}
      locale={{ emptyText: t('board.decide.empty') }}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        hideOnSinglePage: true,
      }}
      columns={[
        { key: 'candidate', title: t('board.decide.candidate'), render: (_, c) => <CandidateCell c={c} /> },
        { key: 'move', title: t('board.decide.move'), render: (_, c) => <MoveCell c={c} /> },
        {
          key: 'kind',
          title: t('board.decide.kindColumn'),
          render: (_, c) => <span className="cell-sub">{t(`process.moveType.${c.moveType}`)}</span>,
        },
        {
          key: 'current',
          title: t('board.decide.current'),
          render: (_, c) =>
            c.decision ? (
              <Tag color={c.decision === 'AGREE' ? 'green' : c.decision === 'DISAGREE' ? 'red' : 'gold'}>
                {t(`board.verdict.${c.decision}`)}
              </Tag>
            ) : (
              <span className="cell-sub">{t('board.decide.notDecided')}</span>
            ),
        },
        { key: 'readiness', title: t('board.decide.readiness'), render: (_, c) => readiness(c) },
        {
          key: 'exception',
          title: t('board.decide.exception'),
          width: '26%',
          render: (_, c) => {
            const e = exceptions.get(c.itemId);
            const error = errors.get(c.itemId);
            return (
              <div className="board-conflict">
                <Checkbox
                  checked={e !== undefined}
                  disabled={!c.open}
                  onChange={(ev) =>
                    onMark(c.itemId, ev.target.checked ? { decision: 'DISAGREE', reason: '' } : null)
                  }
                  {...editable}
                >
                  {t('board.decide.markException', { name: c.employeeName })}
                </Checkbox>
                {e && (
                  <>
                    <Select<BoardExceptionDecision>
                      size="small"
                      className="board-exception-decision"
                      aria-label={t('board.decide.decisionFor', { name: c.employeeName })}
                      value={e.decision}
                      onChange={(decision) => onMark(c.itemId, { ...e, decision })}
                      options={BOARD_EXCEPTION_DECISIONS.map((d) => ({
                        value: d,
                        label: t(`board.verdict.${d}`),
                      }))}
                      {...editable}
                    />
                    <Form.Item
                      className="board-inline-field"
                      validateStatus={error ? 'error' : undefined}
                      help={error}
                    >
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        maxLength={2000}
                        aria-label={t('board.decide.reasonFor', { name: c.employeeName })}
                        placeholder={t('board.decide.reasonPlaceholder')}
                        value={e.reason}
                        onChange={(ev) => onMark(c.itemId, { ...e, reason: ev.target.value })}
                        {...editable}
                      />
                    </Form.Item>
                  </>
                )}
              </div>
            );
          },
        },
      ]}
    />
  );
}
