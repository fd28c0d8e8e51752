import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Change {
  field: string;
  before: string;
  after: string;
}

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

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
    .map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = diffEntries(before, after);
  if (changes.length === 0)
    return <Typography.Text type="secondary">{t('process.audit.noDiff')}</Typography.Text>;
  return (
    <Table<Change>
      size="small"
      rowKey="field"
      pagination={false}
      data-testid="audit-diff"
      aria-label={`${t('process.audit.before')} / ${t('process.audit.after')}`}
      dataSource={changes}
      columns={[
        { key: 'field', title: t('process.audit.field'), dataIndex: 'field' },
        {
          key: 'before',
          title: t('process.audit.before'),
          render: (_, c) => <code className="audit-value">{c.before}</code>,
        },
        {
          key: 'after',
          title: t('process.audit.after'),
          render: (_, c) => <code className="audit-value">{c.after}</code>,
        },
      ]}
    />
  );
}
