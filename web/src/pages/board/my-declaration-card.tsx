import { Button, Card, Checkbox, Form, Input, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { type BoardCandidate, type BoardSession, useBoardSessionWrite } from '../../api/use-board';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { BoardWriteError } from './board-write-error';
import { CandidateCell } from './candidate-cell';
import { StepBlocked, stepProps } from './step-blocked';

/** The longest statement the API takes (contract: 3 to 2,000 characters). */
const MIN_STATEMENT = 3;

/**
 * The signed-in member's own declaration about the whole agenda: "no conflict with any candidate" in
 * one tick, or a conflict with the candidates they mark, each described. Saved in one request; the
 * server takes the member from the session, so nobody declares for someone else. The agenda is
 * paged, so a 150-candidate round stays light.
 */
export function MyDeclarationCard({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const write = useBoardSessionWrite(session.id);
  const me = session.me!;
  const mine = useMemo(
    () =>
      new Map(
        session.conflicts.filter((c) => c.memberId === me.memberId).map((c) => [c.itemId, c.statement]),
      ),
    [session.conflicts, me.memberId],
  );
  const declared = session.members.find((m) => m.id === me.memberId)?.declared ?? 0;
  // Unsaved marks: item -> statement; starts from what the member declared before.
  const [marks, setMarks] = useState<Map<number, string> | null>(null);
  const current = marks ?? mine;
  const [none, setNone] = useState<boolean>(declared > 0 && mine.size === 0);
  const [query, setQuery] = useState('');
  const open = session.candidates.filter((c) => c.open);
  const shown = query.trim()
    ? open.filter(
        (c) =>
          c.employeeName.toLowerCase().includes(query.trim().toLowerCase()) || c.nip.includes(query.trim()),
      )
    : open;
  const conflicts = none
    ? []
    : [...current].map(([itemId, statement]) => ({ itemId, statement: statement.trim() }));
  const chosen = none || conflicts.length > 0;
  const shortStatements = new Set(
    conflicts.filter((c) => c.statement.length < MIN_STATEMENT).map((c) => c.itemId),
  );
  const control = stepProps(session, 'declare');

  // The server names `conflicts.<i>.statement`; show it under that candidate's statement.
  const serverMessage = new Map<number, string>();
  if (isApiError(write.error)) {
    for (const [field, message] of Object.entries(write.error.fieldMessages(lng))) {
      const m = /^conflicts\.(\d+)\./.exec(field);
      const sent = m
        ? (write.variables?.body as { conflicts?: { itemId: number }[] })?.conflicts?.[Number(m[1])]
        : null;
      if (sent) serverMessage.set(sent.itemId, message);
    }
  }
  const edit = (itemId: number, statement: string | null) => {
    const next = new Map(current);
    if (statement === null) next.delete(itemId);
    else next.set(itemId, statement);
    setMarks(next);
  };

  return (
    <Card
      title={<h2 className="card-heading">{t('board.declare.title')}</h2>}
      data-testid="my-declaration-card"
    >
      <Typography.Paragraph type="secondary">{t('board.declare.intro')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="my-declaration-status">
        {declared === 0
          ? t('board.declare.statusNone')
          : t('board.declare.statusDone', {
              done: formatNumber(declared, lng),
              total: formatNumber(session.candidates.length, lng),
              conflicts: formatNumber(mine.size, lng),
            })}
      </Typography.Paragraph>
      <Checkbox
        checked={none}
        onChange={(e) => setNone(e.target.checked)}
        data-testid="declare-none"
        {...control}
      >
        {t('board.declare.none')}
      </Checkbox>
      {!none && (
        <>
          <Typography.Paragraph type="secondary" className="board-hint">
            {t('board.declare.someHint')}{' '}
            {conflicts.length > 0 && t('board.declare.marked', { n: formatNumber(conflicts.length, lng) })}
          </Typography.Paragraph>
          <Input.Search
            allowClear
            className="board-search"
            aria-label={t('board.declare.search')}
            placeholder={t('board.declare.search')}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Table<BoardCandidate>
            size="small"
            rowKey="itemId"
            aria-label={t('board.declare.title')}
            data-testid="my-declaration-table"
            dataSource={shown}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            columns={[
              {
                key: 'candidate',
                title: t('board.declare.candidate'),
                render: (_, c) => <CandidateCell c={c} />,
              },
              {
                key: 'target',
                title: t('board.declare.target'),
                render: (_, c) => (
                  <span className="board-move">
                    <span>{c.toPositionName}</span>
                    <span className="cell-sub">{c.toUnitName}</span>
                  </span>
                ),
              },
              {
                key: 'conflict',
                title: t('board.declare.conflict'),
                width: '42%',
                render: (_, c) => {
                  const marked = current.has(c.itemId);
                  const error =
                    serverMessage.get(c.itemId) ??
                    (marked && shortStatements.has(c.itemId) ? t('board.declare.statementShort') : undefined);
                  return (
                    <div className="board-conflict">
                      <Checkbox
                        checked={marked}
                        onChange={(e) => edit(c.itemId, e.target.checked ? (mine.get(c.itemId) ?? '') : null)}
                        {...control}
                      >
                        {t('board.declare.conflictWith', { name: c.employeeName })}
                      </Checkbox>
                      {marked && (
                        <Form.Item
                          className="board-inline-field"
                          validateStatus={error ? 'error' : undefined}
                          help={error}
                        >
                          <Input.TextArea
                            autoSize={{ minRows: 1, maxRows: 4 }}
                            maxLength={2000}
                            aria-label={t('board.declare.statementFor', { name: c.employeeName })}
                            placeholder={t('board.declare.statementPlaceholder')}
                            value={current.get(c.itemId) ?? ''}
                            onChange={(e) => edit(c.itemId, e.target.value)}
                            {...control}
                          />
                        </Form.Item>
                      )}
                    </div>
                  );
                },
              },
            ]}
          />
        </>
      )}
      <div className="board-actions">
        <Button
          type="primary"
          data-testid="save-my-declaration"
          loading={write.isPending}
          disabled={!chosen || shortStatements.size > 0 || !session.permissions.declare.allowed}
          aria-describedby={!chosen ? `board-${session.id}-declare-choose` : undefined}
          {...control}
          onClick={() =>
            write.mutate(
              { path: 'declarations', body: { mode: 'AGENDA', conflicts } },
              { onSuccess: () => setMarks(null) },
            )
          }
        >
          {t('board.declare.save')}
        </Button>
        {!chosen && session.permissions.declare.allowed && (
          <Typography.Text type="secondary" id={`board-${session.id}-declare-choose`}>
            {t('board.declare.chooseFirst')}
          </Typography.Text>
        )}
        <StepBlocked session={session} step="declare" action={t('board.declare.save')} />
        {isApiError(write.error) && serverMessage.size === 0 && <BoardWriteError error={write.error} />}
        {write.error && !isApiError(write.error) && <BoardWriteError error={write.error} />}
      </div>
    </Card>
  );
}
