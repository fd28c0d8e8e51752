import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SelectionDetail } from '../../api/use-selections';
import { formatDate, formatNip } from '../../lib/format';
import { ruleLabel } from '../../lib/rule-label';
import { useLanguage } from '../../lib/use-language';

type Candidate = SelectionDetail['candidates'][number];

const PASAL_COLORS = { MEETS: 'green', WARN: 'gold', BLOCKED: 'red' } as const;
const ADMIN_COLORS = { PENDING: 'default', PASSED: 'green', FAILED: 'red' } as const;

/** The candidates: administrative outcome, the Pasal 107 check (a row opens to its rules), shortlist rank. */
export function SelectionCandidatesTable({ selection }: { selection: SelectionDetail }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Table<Candidate>
      size="small"
      rowKey="employeeId"
      pagination={false}
      aria-label={t('selection.candidates')}
      data-testid="selection-candidates"
      dataSource={selection.candidates}
      locale={{
        emptyText: <Typography.Text type="secondary">{t('selection.noCandidates')}</Typography.Text>,
      }}
      expandable={{
        rowExpandable: (c) => c.pasal107 !== null,
        expandedRowRender: (c) => (
          <ul className="rule-list">
            {c.pasal107?.results.map((r) => (
              <li key={r.code}>
                <Tag>{t(`selection.ruleStatus.${r.status}`)}</Tag> {ruleLabel(r.code, lng)}
                <Typography.Text type="secondary"> · {r.message[lng]}</Typography.Text>
              </li>
            ))}
          </ul>
        ),
      }}
      columns={[
        {
          key: 'name',
          title: t('selection.col.name'),
          render: (_, c) => (
            <>
              <div>{c.name}</div>
              <span className="nip">{formatNip(c.nip)}</span>
            </>
          ),
        },
        {
          key: 'administrative',
          title: t('selection.col.administrative'),
          render: (_, c) => (
            <Tag color={ADMIN_COLORS[c.administrative]}>
              {t(`selection.administrative.${c.administrative}`)}
            </Tag>
          ),
        },
        {
          key: 'pasal107',
          title: t('selection.col.pasal107'),
          render: (_, c) =>
            c.pasal107 ? (
              <>
                <Tag color={PASAL_COLORS[c.pasal107.status]}>
                  {t(`selection.pasal107.${c.pasal107.status}`)}
                </Tag>
                <div className="cell-sub">
                  {t('selection.checkedOn', { date: formatDate(c.pasal107.checkedOn, lng, 'short') })}
                </div>
              </>
            ) : (
              '-'
            ),
        },
        {
          key: 'rank',
          title: t('selection.col.rank'),
          render: (_, c) =>
            c.shortlistRank === null ? (
              '-'
            ) : (
              <>
                {t('selection.rank', { rank: c.shortlistRank })}
                {selection.result?.nip === c.nip && (
                  <Tag color="green" style={{ marginInlineStart: 8 }}>
                    {t('selection.chosen')}
                  </Tag>
                )}
              </>
            ),
        },
      ]}
    />
  );
}
