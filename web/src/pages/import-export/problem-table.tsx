import { Form, Select, Table, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../api/use-import-export';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

interface Filter {
  severity?: ImportProblem['severity'];
  column?: string;
  code?: string;
}

const distinct = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => v !== null))].sort();

/** Every problem of a report by row, column, value and rule, with filters on the last three. */
export function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const [filter, setFilter] = useState<Filter>({});
  const columns = useMemo(() => distinct(problems.map((p) => p.column)), [problems]);
  // A rule is offered by what it says (its first message), never by its internal code.
  const rules = useMemo(() => {
    const first = new Map<string, { text: string; count: number }>();
    for (const p of problems) {
      const seen = first.get(p.code);
      if (seen) seen.count++;
      else first.set(p.code, { text: p.message[lng], count: 1 });
    }
    return [...first].map(([code, r]) => ({
      value: code,
      label: `${r.text} (${formatNumber(r.count, lng)})`,
    }));
  }, [problems, lng]);
  const shown = problems.filter(
    (p) =>
      (!filter.severity || p.severity === filter.severity) &&
      (!filter.column || p.column === filter.column) &&
      (!filter.code || p.code === filter.code),
  );
  const all = { value: '', label: t('importExport.filterAll') };
  const pick = (key: keyof Filter) => (v: string) => setFilter((f) => ({ ...f, [key]: v || undefined }));
  return (
    <div className="stack">
      <Form layout="inline" aria-label={t('importExport.filterRule')}>
        <Form.Item label={t('importExport.filterSeverity')} htmlFor="problem-severity">
          <Select
            id="problem-severity"
            style={{ minWidth: 140 }}
            value={filter.severity ?? ''}
            onChange={pick('severity')}
            options={[
              all,
              { value: 'ERROR', label: t('importExport.severity.ERROR') },
              { value: 'WARNING', label: t('importExport.severity.WARNING') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('importExport.filterColumn')} htmlFor="problem-column">
          <Select
            id="problem-column"
            style={{ minWidth: 160 }}
            value={filter.column ?? ''}
            onChange={pick('column')}
            options={[all, ...columns.map((c) => ({ value: c, label: c }))]}
          />
        </Form.Item>
        <Form.Item label={t('importExport.filterRule')} htmlFor="problem-code">
          <Select
            id="problem-code"
            style={{ minWidth: 200 }}
            value={filter.code ?? ''}
            onChange={pick('code')}
            options={[all, ...rules]}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Form>
      <Table<ImportProblem>
        size="small"
        data-testid="import-problems"
        rowKey={(p) => `${p.row}-${p.column}-${p.code}-${String(p.value)}`}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          {
            key: 'row',
            title: t('importExport.col.row'),
            render: (_, p) => p.row ?? t('importExport.whole'),
          },
          { key: 'column', title: t('importExport.col.column'), render: (_, p) => p.column ?? '' },
          {
            key: 'value',
            title: t('importExport.col.value'),
            render: (_, p) => (p.value === undefined || p.value === null ? '' : String(p.value)),
          },
          {
            key: 'message',
            title: t('importExport.col.message'),
            // The rule's code stays at hand for support, in a tooltip, not as a column of codes.
            render: (_, p) => (
              <Tooltip title={p.code}>
                <span data-rule-code={p.code}>{p.message[lng]}</span>
              </Tooltip>
            ),
          },
          {
            key: 'severity',
            title: t('importExport.col.severity'),
            render: (_, p) => (
              <Tag color={p.severity === 'ERROR' ? 'red' : 'gold'}>
                {t(`importExport.severity.${p.severity}`)}
              </Tag>
            ),
          },
        ]}
      />
    </div>
  );
}
