import { Alert, Button, Card, Checkbox, Input, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectedForBulk } from '../../../../src/core/workflow/board-bulk-decision';
import type { MoveType } from '../../../../src/core/workflow/move-types';
import { isApiError } from '../../api/api-error';
import { type BoardSession, useBoardSessionWrite } from '../../api/use-board';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { BoardWriteError } from './board-write-error';
import { DecisionTable, type Exception } from './decision-table';
import { StepBlocked, stepProps } from './step-blocked';

const SHOWN_REFUSALS = 8;

/**
 * "Setujui semua kecuali yang ditandai": the chair or the secretary narrows the agenda by target unit
 * and kind of move, marks the exceptions (not agreed or deferred, each with its reason) and decides
 * the whole selection in one request. The count of what will be agreed comes from the core's own
 * selection; R-KONFLIK refusals are listed next to the button, candidate by candidate.
 */
export function DecisionPanel({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const write = useBoardSessionWrite(session.id);
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const [moveTypes, setMoveTypes] = useState<MoveType[]>([]);
  const [includeDecided, setIncludeDecided] = useState(false);
  const [notes, setNotes] = useState(t('board.decide.notesDefault'));
  const [exceptions, setExceptions] = useState<Map<number, Exception>>(new Map());
  const editable = stepProps(session, 'decide');

  const units = useMemo(() => {
    const byId = new Map<number, string>();
    for (const c of session.candidates) if (c.toOpdId !== null) byId.set(c.toOpdId, c.toOpdName ?? '');
    return [...byId]
      .sort((a, b) => a[1].localeCompare(b[1], 'id'))
      .map(([value, label]) => ({ value, label }));
  }, [session.candidates]);
  const kinds = useMemo(() => [...new Set(session.candidates.map((c) => c.moveType))], [session.candidates]);
  const select = { unitIds, moveTypes, includeDecided };
  const bulk = session.candidates.map((c) => ({
    itemId: c.itemId,
    unitId: c.toOpdId,
    moveType: c.moveType,
    decided: c.decision !== null,
    open: c.open,
  }));
  const selected = selectedForBulk(bulk, select);
  const agree = selected.filter((id) => !exceptions.has(id)).length;
  const rows = session.candidates.filter(
    (c) =>
      (unitIds.length === 0 || (c.toOpdId !== null && unitIds.includes(c.toOpdId))) &&
      (moveTypes.length === 0 || moveTypes.includes(c.moveType)),
  );
  const sent = [...exceptions].map(([itemId, e]) => ({
    itemId,
    decision: e.decision,
    reason: e.reason.trim(),
  }));
  const missingReason = new Map(
    sent.filter((e) => e.reason.length < 3).map((e) => [e.itemId, t('board.decide.reasonRequired')]),
  );
  const nothing = agree === 0 && exceptions.size === 0;

  // Server messages: `exceptions.<i>.reason` under that candidate, R-KONFLIK per candidate in a list.
  const errors = new Map(missingReason);
  const refusals: string[] = [];
  if (isApiError(write.error)) {
    const body = write.variables?.body as { exceptions?: { itemId: number }[] } | undefined;
    for (const issue of write.error.body.issues ?? []) {
      const m = /^exceptions\.(\d+)\./.exec(issue.field);
      const itemId = m ? body?.exceptions?.[Number(m[1])]?.itemId : undefined;
      if (itemId !== undefined) errors.set(itemId, issue.messages[lng] || issue.messages.id);
      else if (issue.field.startsWith('candidates.')) refusals.push(issue.messages[lng] || issue.messages.id);
    }
  }
  const candidateName = new Map(session.candidates.map((c) => [c.itemId, c.employeeName]));
  const markedList = [...exceptions]
    .map(([itemId, e]) => `${candidateName.get(itemId)} (${t(`board.verdict.${e.decision}`)})`)
    .join(', ');

  const mark = (itemId: number, e: Exception | null) => {
    const next = new Map(exceptions);
    if (e) next.set(itemId, e);
    else next.delete(itemId);
    setExceptions(next);
  };
  const submit = () =>
    write.mutate(
      {
        path: 'decisions',
        body: {
          version: session.version,
          select: {
            ...(unitIds.length ? { unitIds } : {}),
            ...(moveTypes.length ? { moveTypes } : {}),
            includeDecided,
          },
          notes: notes.trim() || null,
          exceptions: sent,
        },
      },
      { onSuccess: () => setExceptions(new Map()) },
    );

  return (
    <Card title={<h2 className="card-heading">{t('board.decide.title')}</h2>} data-testid="decision-panel">
      <Typography.Paragraph type="secondary">{t('board.decide.intro')}</Typography.Paragraph>
      <div className="board-filters">
        <Select<number[]>
          mode="multiple"
          allowClear
          aria-label={t('board.decide.unit')}
          placeholder={t('board.decide.unitPlaceholder')}
          optionFilterProp="label"
          value={unitIds}
          onChange={setUnitIds}
          options={units}
          data-testid="decision-unit-filter"
        />
        <Select<MoveType[]>
          mode="multiple"
          allowClear
          aria-label={t('board.decide.kind')}
          placeholder={t('board.decide.kindPlaceholder')}
          value={moveTypes}
          onChange={setMoveTypes}
          options={kinds.map((k) => ({ value: k, label: t(`process.moveType.${k}`) }))}
          data-testid="decision-kind-filter"
        />
        <Checkbox checked={includeDecided} onChange={(e) => setIncludeDecided(e.target.checked)}>
          {t('board.decide.includeDecided')}
        </Checkbox>
      </div>
      <DecisionTable
        session={session}
        rows={rows}
        exceptions={exceptions}
        errors={errors}
        editable={editable}
        onMark={mark}
      />
      <div className="board-decide-footer">
        <div className="board-notes">
          <label htmlFor={`board-${session.id}-notes`}>{t('board.decide.notes')}</label>
          <Input
            id={`board-${session.id}-notes`}
            value={notes}
            maxLength={2000}
            onChange={(e) => setNotes(e.target.value)}
            {...editable}
          />
        </div>
        <Typography.Paragraph data-testid="decision-summary">
          {t('board.decide.summary', {
            agree: formatNumber(agree, lng),
            exceptions: formatNumber(exceptions.size, lng),
          })}
          {exceptions.size > 0 && (
            <span className="cell-sub board-marked">
              {' '}
              {t('board.decide.markedList', { list: markedList })}
            </span>
          )}
        </Typography.Paragraph>
        <Space wrap align="start">
          <Button
            type="primary"
            data-testid="bulk-decide"
            loading={write.isPending}
            disabled={nothing || missingReason.size > 0 || !session.permissions.decide.allowed}
            aria-describedby={nothing ? `board-${session.id}-nothing` : undefined}
            onClick={submit}
            {...editable}
          >
            {t('board.decide.submit')}
          </Button>
          {nothing && session.permissions.decide.allowed && (
            <Typography.Text type="secondary" id={`board-${session.id}-nothing`}>
              {t('board.decide.nothing')}
            </Typography.Text>
          )}
        </Space>
        <StepBlocked session={session} step="decide" action={t('board.decide.submit')} />
        {write.error && (errors.size === missingReason.size || refusals.length > 0) && (
          <div data-testid="decision-error">
            <BoardWriteError error={write.error} />
            {refusals.length > 0 && (
              <Alert
                type="warning"
                className="board-refusals"
                title={
                  <ul>
                    {refusals.slice(0, SHOWN_REFUSALS).map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                    {refusals.length > SHOWN_REFUSALS && (
                      <li>
                        {t('board.decide.blockedMore', {
                          n: formatNumber(refusals.length - SHOWN_REFUSALS, lng),
                        })}
                      </li>
                    )}
                  </ul>
                }
              />
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
