import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeriodItem } from '../../api/use-evaluations';
import { formatNip } from '../../lib/format';
import { RatingText, RowState } from './entry-row-state';
import type { EntryRow } from './entry-rows';
import { CountCell, PredikatCell, RatingCell, useProblemText } from './grid-cells';
import { type AttendanceField, derivedPredikat, type RosterPerson, type RowDraft } from './row-rules';
import type { RowMessages } from './save-records';

interface ColumnOptions {
  readonly period: PeriodItem;
  /** Cells are editors (an open period the caller may write) rather than text. */
  readonly editable: boolean;
  readonly canWrite: boolean;
  readonly saving: boolean;
  readonly serverProblems: RowMessages;
  readonly edit: (row: EntryRow, patch: Partial<RowDraft>) => void;
  readonly onCorrect: (person: RosterPerson) => void;
}

const cellId = (row: EntryRow, field: string) => `cell-${row.person.employeeId}-${field}`;

/** The grid's columns: the person, the two ratings, the predikat, the three counts, the row's state with its history. */
export function useEntryColumns(o: ColumnOptions): ColumnsType<EntryRow> {
  const { t } = useTranslation();
  const problemText = useProblemText();

  const countColumn = (field: AttendanceField) => ({
    key: field,
    title: t(`evaluation.entry.col.${field}`),
    width: 96,
    render: (_: unknown, row: EntryRow) =>
      o.editable ? (
        <CountCell
          id={cellId(row, field)}
          label={`${t(`evaluation.entry.col.${field}`)} ${row.person.name}`}
          value={row.draft[field]}
          onChange={(v) => o.edit(row, { [field]: v })}
          problem={problemText(row.problems[field])}
          disabled={o.saving}
        />
      ) : (
        row.draft[field] || t('common.none')
      ),
  });
  const ratingColumn = (field: 'hasilKerja' | 'perilakuKerja') => ({
    key: field,
    title: t(`evaluation.entry.col.${field}`),
    width: 156,
    render: (_: unknown, row: EntryRow) =>
      o.editable ? (
        <RatingCell
          id={cellId(row, field)}
          label={`${t(`evaluation.entry.col.${field}`)} ${row.person.name}`}
          value={row.draft[field]}
          onChange={(v) => o.edit(row, { [field]: v })}
          problem={problemText(row.problems[field])}
          disabled={o.saving}
        />
      ) : (
        <RatingText value={row.draft[field]} />
      ),
  });

  return [
    {
      key: 'employee',
      title: t('evaluation.entry.col.employee'),
      fixed: 'left',
      width: 172,
      render: (_, r) => (
        <>
          <Link to={`/pegawai/${r.person.nip}`} className="cell-person-name">
            {r.person.name}
          </Link>
          <div className="cell-sub nip">{formatNip(r.person.nip)}</div>
          {r.person.positionName && <div className="cell-sub">{r.person.positionName}</div>}
        </>
      ),
    },
    ratingColumn('hasilKerja'),
    ratingColumn('perilakuKerja'),
    {
      key: 'predikat',
      title: t('evaluation.entry.col.predikat'),
      width: 108,
      render: (_, r) => <PredikatCell predikat={derivedPredikat(r.draft)} />,
    },
    countColumn('workingDays'),
    countColumn('unexcusedDays'),
    countColumn('lateCount'),
    {
      // The row's state and its history or correction share a column, so the grid fits 1366 px.
      key: 'state',
      title: t('evaluation.entry.col.row'),
      width: 120,
      render: (_, r) => (
        <div className="cell-state">
          <RowState row={r} messages={o.serverProblems.get(r.person.employeeId)} />
          {o.canWrite && (
            <Button size="small" onClick={() => o.onCorrect(r.person)}>
              {o.period.status === 'CLOSED' ? t('evaluation.entry.correct') : t('evaluation.entry.history')}
            </Button>
          )}
        </div>
      ),
    },
  ];
}
