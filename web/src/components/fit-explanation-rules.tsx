import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleResultDto } from '../api/types';
import { useLanguage } from '../lib/use-language';

const STATUS_COLOR: Record<RuleResultDto['status'], string> = { PASS: 'green', WARN: 'gold', BLOCK: 'red' };

/** A rule's result as a coloured tag. */
export function RuleStatusTag({ status }: { status: RuleResultDto['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`matching.rule.${status}`)}</Tag>;
}

/** The legal basis of a rule: regulation and article. */
export function RuleCitation({ rule }: { rule: RuleResultDto }) {
  return (
    <span className="rule-citation" data-testid="rule-citation">
      {rule.citation.regulation}
      {rule.citation.article && `, ${rule.citation.article}`}
    </span>
  );
}

/** Eligibility rule results: name and code, outcome, message, and the regulation and article each encodes. */
export function RuleResultTable({ rules, label }: { rules: readonly RuleResultDto[]; label: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Table<RuleResultDto>
      size="small"
      rowKey="code"
      aria-label={label}
      dataSource={[...rules]}
      pagination={false}
      data-testid="rule-table"
      columns={[
        {
          key: 'code',
          title: t('matching.col.rules'),
          // The rule's name first; the stable code under it, for people who look rules up by code.
          render: (_, r) => (
            <>
              <div className="rule-title">{r.title[lng]}</div>
              <code className="cell-sub">{r.code}</code>
            </>
          ),
          width: 220,
        },
        {
          key: 'result',
          title: t('matching.col.result'),
          render: (_, r) => <RuleStatusTag status={r.status} />,
          width: 120,
        },
        {
          key: 'message',
          title: t('matching.col.message'),
          render: (_, r) => (
            <>
              <div>{r.message[lng]}</div>
              {r.remedy && <div className="rule-remedy">{r.remedy[lng]}</div>}
            </>
          ),
        },
        {
          key: 'citation',
          title: t('matching.col.citation'),
          render: (_, r) => <RuleCitation rule={r} />,
          width: 220,
        },
      ]}
    />
  );
}

/** The rule results of one row: every WARN (or BLOCK) as a tag with its message, or "all pass". */
export function RuleTags({ rules }: { rules: readonly RuleResultDto[] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (rules.length === 0) return <Tag color="green">{t('matching.allPass')}</Tag>;
  return (
    <span className="match-rules">
      {rules.map((r) => (
        <Tooltip
          key={r.code}
          title={`${r.code}: ${r.message[lng]} (${r.citation.regulation}${r.citation.article ? `, ${r.citation.article}` : ''})`}
        >
          {/* The rule's name, not its code: "R-EDU-FIELD" means nothing to the people who read this. */}
          <Tag color={r.status === 'BLOCK' ? 'red' : 'gold'} data-testid="match-rule" data-rule-code={r.code}>
            {r.title[lng]}
          </Tag>
        </Tooltip>
      ))}
    </span>
  );
}
