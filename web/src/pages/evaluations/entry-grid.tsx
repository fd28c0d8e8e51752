import { Alert, App, Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error';
import { type PeriodItem, type RosterDto, useEnterRecords } from '../../api/use-evaluations';
import { formatNip } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { CountCell, PredikatCell, RatingCell, useProblemText } from './grid-cells';
import {
  type ATTENDANCE_FIELDS,
  attendanceChanged,
  checkRow,
  derivedPredikat,
  draftOf,
  hasProblems,
  type RosterPerson,
  type RowDraft,
  type RowProblems,
  skpChanged,
} from './row-rules';
import { buildRecordsBody, problemsByRow, type RowMessages } from './save-records';

interface Row {
  readonly person: RosterPerson;
  readonly base: RowDraft;
  readonly draft: RowDraft;
  readonly problems: RowProblems;
  readonly dirty: boolean;
}

interface Props {
  period: PeriodItem;
  roster: RosterDto;
  /** Whether the caller may enter records here (the roster's actions). */
  canWrite: boolean;
  onCorrect: (person: RosterPerson) => void;
}

const evidenceValid = (s: string) => s.trim().length >= 3 && s.trim().length <= 200;

/**
 * The bulk-entry grid: one row per employee, cells checked as they are typed with the same rules
 * as the server, the predikat derived on the fly, and every changed row saved in one request.
 * A closed period is read-only; its rows offer a correction instead.
 */
export function EntryGrid({ period, roster, canWrite, onCorrect }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const { message } = App.useApp();
  const problemText = useProblemText();
  const save = useEnterRecords(period.id);
  const [drafts, setDrafts] = useState<ReadonlyMap<number, RowDraft>>(new Map());
  const [serverProblems, setServerProblems] = useState<RowMessages>(new Map());
  const [evidence, setEvidence] = useState('');
  const editable = canWrite && period.status === 'OPEN';

  // A new roster (another unit, or the saved rows read back) starts clean. Query results are
  // structurally shared, so a refetch that finds the same data keeps the user's edits.
  const [shownRoster, setShownRoster] = useState(roster);
  if (shownRoster !== roster) {
    setShownRoster(roster);
    setDrafts(new Map());
    setServerProblems(new Map());
  }

  const rows = useMemo(
    () =>
      roster.items.map((person): Row => {
        const base = draftOf(person);
        const draft = drafts.get(person.employeeId) ?? base;
        return {
          person,
          base,
          draft,
          problems: checkRow(draft, base, period),
          dirty: skpChanged(draft, base) || attendanceChanged(draft, base),
        };
      }),
    [roster, drafts, period],
  );
  const dirty = rows.filter((r) => r.dirty);
  const invalid = dirty.filter((r) => hasProblems(r.problems));
  const canSave = editable && dirty.length > 0 && invalid.length === 0 && evidenceValid(evidence);

  const edit = (row: Row, patch: Partial<RowDraft>) => {
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
    const { body, skpRows, attendanceRows } = buildRecordsBody(
      dirty.map((r) => ({
        employeeId: r.person.employeeId,
        nip: r.person.nip,
        draft: r.draft,
        base: r.base,
      })),
      evidence,
    );
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

  const cellId = (row: Row, field: string) => `cell-${row.person.employeeId}-${field}`;
  const countColumn = (field: (typeof ATTENDANCE_FIELDS)[number]) => ({
    key: field,
    title: t(`evaluation.entry.col.${field}`),
    width: 96,
    render: (_: unknown, row: Row) =>
      editable ? (
        <CountCell
          id={cellId(row, field)}
          label={`${t(`evaluation.entry.col.${field}`)} ${row.person.name}`}
          value={row.draft[field]}
          onChange={(v) => edit(row, { [field]: v })}
          problem={problemText(row.problems[field])}
          disabled={save.isPending}
        />
      ) : (
        row.draft[field] || t('common.none')
      ),
  });
  const ratingColumn = (field: 'hasilKerja' | 'perilakuKerja') => ({
    key: field,
    title: t(`evaluation.entry.col.${field}`),
    width: 196,
    render: (_: unknown, row: Row) =>
      editable ? (
        <RatingCell
          id={cellId(row, field)}
          label={`${t(`evaluation.entry.col.${field}`)} ${row.person.name}`}
          value={row.draft[field]}
          onChange={(v) => edit(row, { [field]: v })}
          problem={problemText(row.problems[field])}
          disabled={save.isPending}
        />
      ) : (
        <RatingText value={row.draft[field]} />
      ),
  });

  const batchProblems = serverProblems.get(0);
  return (
    <div className="stack" data-testid="entry-grid">
      {period.status === 'CLOSED' && (
        <Alert type="info" showIcon message={t('evaluation.entry.closedNotice')} />
      )}
      {period.status === 'OPEN' && !canWrite && (
        <Alert type="info" showIcon message={t('evaluation.entry.readOnlyNotice')} />
      )}
      {roster.total > roster.items.length && (
        <Alert
          type="warning"
          showIcon
          message={t('evaluation.entry.truncated', { shown: roster.items.length, total: roster.total })}
        />
      )}
      {editable && (
        <div className="entry-savebar">
          <label htmlFor="entry-evidence" className="entry-evidence-label">
            {t('evaluation.entry.evidence')}
          </label>
          <Input
            id="entry-evidence"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            placeholder={t('evaluation.entry.evidencePlaceholder')}
            style={{ maxWidth: 320 }}
            status={dirty.length > 0 && !evidenceValid(evidence) ? 'error' : undefined}
          />
          <Space wrap>
            <Typography.Text type="secondary" data-testid="dirty-count">
              {t('evaluation.entry.dirtyRows', { count: dirty.length })}
            </Typography.Text>
            <Button onClick={() => setDrafts(new Map())} disabled={dirty.length === 0 || save.isPending}>
              {t('evaluation.entry.discard')}
            </Button>
            <Button type="primary" onClick={() => void submit()} disabled={!canSave} loading={save.isPending}>
              {t('evaluation.entry.save', { count: dirty.length })}
            </Button>
          </Space>
          {dirty.length > 0 && !evidenceValid(evidence) && (
            <div className="cell-error">{t('evaluation.entry.evidenceRule')}</div>
          )}
          {invalid.length > 0 && (
            <div className="cell-error" data-testid="invalid-rows">
              {t('evaluation.entry.invalidRows', { count: invalid.length })}
            </div>
          )}
        </div>
      )}
      {batchProblems && (
        <Alert
          type="error"
          showIcon
          message={t('evaluation.entry.rejected')}
          description={batchProblems.map((m) => m[lng]).join('; ')}
        />
      )}
      {serverProblems.size > 0 && !batchProblems && (
        <Alert type="error" showIcon message={t('evaluation.entry.rejected')} data-testid="server-rejected" />
      )}
      <Table<Row>
        size="small"
        rowKey={(r) => r.person.employeeId}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1320 }}
        rowClassName={(r) => (r.dirty ? 'entry-row-dirty' : '')}
        columns={[
          {
            key: 'employee',
            title: t('evaluation.entry.col.employee'),
            fixed: 'left',
            width: 240,
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
            render: (_, r) => <PredikatCell predikat={derivedPredikat(r.draft)} />,
          },
          countColumn('workingDays'),
          countColumn('unexcusedDays'),
          countColumn('lateCount'),
          {
            key: 'state',
            title: t('evaluation.entry.col.row'),
            render: (_, r) => <RowState row={r} messages={serverProblems.get(r.person.employeeId)} />,
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  title: t('evaluation.entry.col.actions'),
                  render: (_: unknown, r: Row) => (
                    <Button size="small" onClick={() => onCorrect(r.person)}>
                      {period.status === 'CLOSED'
                        ? t('evaluation.entry.correct')
                        : t('evaluation.entry.history')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

function RatingText({ value }: { value: RowDraft['hasilKerja'] }) {
  const { t } = useTranslation();
  if (!value) return <>{t('common.none')}</>;
  return <>{t(`evaluation.talent.perfLevel.${value}`)}</>;
}

function RowState({ row, messages }: { row: Row; messages: { id: string; en: string }[] | undefined }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (messages) {
    return (
      <div data-testid="row-server-error">
        <Tag color="red">{t('evaluation.entry.rowState.error')}</Tag>
        {messages.map((m) => (
          <div key={m.id} className="cell-error" role="alert">
            {m[lng]}
          </div>
        ))}
      </div>
    );
  }
  if (!row.dirty) return null;
  if (hasProblems(row.problems)) return <Tag color="red">{t('evaluation.entry.rowState.invalid')}</Tag>;
  return (
    <Tag color="blue" data-testid="row-dirty">
      {t('evaluation.entry.rowState.dirty')}
    </Tag>
  );
}
