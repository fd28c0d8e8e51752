import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/use-language';
import { auditFieldName, auditValueText } from './audit-labels';

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields an entry changed, side by side: top-level keys of before and after whose values differ
 * (creations have no before, deletions no after).
 */
export function diffEntries(before: unknown, after: unknown): Change[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: b[k], after: a[k] }));
}

/** A change in words: field names, codes by their labels, dates and numbers the reader's way. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const changes = diffEntries(before, after);
  if (changes.length === 0)
    return <Typography.Text type="secondary">{t('process.audit.noDiff')}</Typography.Text>;
  // A value absent on one side (a creation, a deletion) shows as nothing, not as "(kosong)".
  const text = (v: unknown) => (v === undefined ? '' : auditValueText(v, lng));
  return (
    <Table<Change>
      size="small"
      rowKey="field"
      pagination={false}
      data-testid="audit-diff"
      aria-label={`${t('process.audit.before')} / ${t('process.audit.after')}`}
      dataSource={changes}
      columns={[
        {
          key: 'field',
          title: t('process.audit.field'),
          render: (_, c) => auditFieldName(c.field, lng) ?? <code>{c.field}</code>,
          width: 220,
        },
        {
          key: 'before',
          title: t('process.audit.before'),
          render: (_, c) => <span className="audit-value">{text(c.before)}</span>,
        },
        {
          key: 'after',
          title: t('process.audit.after'),
          render: (_, c) => <span className="audit-value">{text(c.after)}</span>,
        },
      ]}
    />
  );
}
