import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/use-language';
import type { EntryRow } from './entry-rows';
import { hasProblems, type RowDraft } from './row-rules';

/** A rating as text, for read-only rows. */
export function RatingText({ value }: { value: RowDraft['hasilKerja'] }) {
  const { t } = useTranslation();
  if (!value) return <>{t('common.none')}</>;
  return <>{t(`evaluation.talent.perfLevel.${value}`)}</>;
}

/** A row's state: the server's rejection, invalid, changed, or nothing for an untouched row. */
export function RowState({
  row,
  messages,
}: {
  row: EntryRow;
  messages: { id: string; en: string }[] | undefined;
}) {
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
