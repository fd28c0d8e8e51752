import { App } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { type PeriodItem, type RosterDto, useEnterRecords } from '../../api/use-evaluations';
import { useLanguage } from '../../lib/use-language';
import { buildRows, dirtyAndInvalid, type EntryRow, evidenceValid, toChangedRow } from './entry-rows';
import type { RowDraft } from './row-rules';
import { buildRecordsBody, problemsByRow, type RowMessages } from './save-records';

/**
 * The entry grid's state: the user's drafts over the roster, the evidence reference, the server's
 * rejections per row, and the one request that saves every changed row.
 */
export function useEntryGrid(period: PeriodItem, roster: RosterDto, editable: boolean) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const save = useEnterRecords(period.id);
  const [drafts, setDrafts] = useState<ReadonlyMap<number, RowDraft>>(new Map());
  const [serverProblems, setServerProblems] = useState<RowMessages>(new Map());
  const [evidence, setEvidence] = useState('');

  // A new roster (another unit, or the saved rows read back) starts clean. Query results are
  // structurally shared, so a refetch that finds the same data keeps the user's edits.
  const [shownRoster, setShownRoster] = useState(roster);
  if (shownRoster !== roster) {
    setShownRoster(roster);
    setDrafts(new Map());
    setServerProblems(new Map());
  }

  const rows = useMemo(() => buildRows(roster.items, drafts, period), [roster, drafts, period]);
  const { dirty, invalid } = dirtyAndInvalid(rows);
  const canSave = editable && dirty.length > 0 && invalid.length === 0 && evidenceValid(evidence);

  const edit = (row: EntryRow, patch: Partial<RowDraft>) => {
    setDrafts((prev) => new Map(prev).set(row.person.employeeId, { ...row.draft, ...patch }));
    if (serverProblems.has(row.person.employeeId)) {
      setServerProblems((prev) => {
        const next = new Map(prev);
        next.delete(row.person.employeeId);
        return next;
      });
    }
  };

  const submit = async () => {
    const { body, skpRows, attendanceRows } = buildRecordsBody(dirty.map(toChangedRow), evidence);
    try {
      const report = await save.mutateAsync(body);
      if (report.committed) {
        void message.success(t('evaluation.entry.saved', { count: dirty.length }));
        setServerProblems(new Map());
      } else {
        setServerProblems(problemsByRow(report, skpRows, attendanceRows));
      }
    } catch (error) {
      const text = isApiError(error) ? error.messageIn(lng) : t('state.unexpected');
      setServerProblems(new Map([[0, [{ id: text, en: text }]]]));
    }
  };

  return {
    rows,
    dirtyCount: dirty.length,
    invalidCount: invalid.length,
    canSave,
    saving: save.isPending,
    evidence,
    setEvidence,
    serverProblems,
    edit,
    discard: () => setDrafts(new Map()),
    submit,
  };
}
