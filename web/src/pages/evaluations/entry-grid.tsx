import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodItem, RosterDto } from '../../api/use-evaluations';
import { useLanguage } from '../../lib/use-language';
import { useEntryColumns } from './entry-columns';
import type { EntryRow } from './entry-rows';
import { EntrySaveBar } from './entry-savebar';
import type { RosterPerson } from './row-rules';
import { useEntryGrid } from './use-entry-grid';

interface Props {
  period: PeriodItem;
  roster: RosterDto;
  /** Whether the caller may enter records here (the roster's actions). */
  canWrite: boolean;
  onCorrect: (person: RosterPerson) => void;
}

/**
 * The bulk-entry grid: one row per employee, cells checked as they are typed with the same rules
 * as the server, the predikat derived on the fly, and every changed row saved in one request.
 * A closed period is read-only; its rows offer a correction instead.
 */
export function EntryGrid({ period, roster, canWrite, onCorrect }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const editable = canWrite && period.status === 'OPEN';
  const grid = useEntryGrid(period, roster, editable);
  const columns = useEntryColumns({
    period,
    editable,
    canWrite,
    saving: grid.saving,
    serverProblems: grid.serverProblems,
    edit: grid.edit,
    onCorrect,
  });

  const batchProblems = grid.serverProblems.get(0);
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
        <EntrySaveBar
          evidence={grid.evidence}
          onEvidence={grid.setEvidence}
          dirtyCount={grid.dirtyCount}
          invalidCount={grid.invalidCount}
          canSave={grid.canSave}
          saving={grid.saving}
          onDiscard={grid.discard}
          onSave={() => void grid.submit()}
        />
      )}
      {batchProblems && (
        <Alert
          type="error"
          showIcon
          message={t('evaluation.entry.rejected')}
          description={batchProblems.map((m) => m[lng]).join('; ')}
        />
      )}
      {grid.serverProblems.size > 0 && !batchProblems && (
        <Alert type="error" showIcon message={t('evaluation.entry.rejected')} data-testid="server-rejected" />
      )}
      <Table<EntryRow>
        size="small"
        rowKey={(r) => r.person.employeeId}
        dataSource={grid.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        // Fixed widths that fit the content column at 1366 px; narrower screens scroll the grid.
        tableLayout="fixed"
        scroll={{ x: 960 }}
        rowClassName={(r) => (r.dirty ? 'entry-row-dirty' : '')}
        columns={columns}
      />
    </div>
  );
}
