import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComponentDto, MatchExplanationDto } from '../api/types';
import { useMatchExplanation } from '../api/use-matches';
import { formatDate, formatNip, formatNumber } from '../lib/format';
import { useLanguage } from '../lib/use-language';
import { ErrorState } from './error-state';
import { FitBreakdownBar } from './fit-explanation-bar';
import { RuleResultTable } from './fit-explanation-rules';
import { WhyNotAnswer } from './fit-explanation-why-not';
import { PageLoading } from './page-loading';

const SCROLLER = { height: '100%', overflow: 'auto', padding: 24 } as const;
const HEADING = { fontSize: 15, margin: '20px 0 8px' } as const;

/** Each component's value, weight and contribution, and what it was computed from. */
function ComponentTable({ components }: { components: readonly ComponentDto[] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const fmt = (n: number) => formatNumber(n, lng, 2);
  return (
    <Table<ComponentDto>
      size="small"
      rowKey="component"
      aria-label={t('matching.drawer.components')}
      dataSource={[...components]}
      pagination={false}
      scroll={{ x: 640 }}
      data-testid="component-table"
      columns={[
        {
          key: 'component',
          title: t('matching.col.component'),
          render: (_, c) => (
            <>
              {c.label[lng]} {c.noData && <Tag>{t('matching.noData')}</Tag>}
            </>
          ),
        },
        { key: 'value', title: t('matching.col.value'), align: 'right', render: (_, c) => fmt(c.value) },
        {
          key: 'weight',
          title: t('matching.col.weight'),
          align: 'right',
          render: (_, c) => `${fmt(c.weight)} (${formatNumber(c.share * 100, lng, 1)}%)`,
        },
        {
          key: 'contribution',
          title: t('matching.col.contribution'),
          align: 'right',
          render: (_, c) => <strong>{fmt(c.contribution)}</strong>,
        },
        { key: 'reason', title: t('matching.col.reason'), render: (_, c) => c.reason[lng] },
      ]}
    />
  );
}

function Explanation({ e }: { e: MatchExplanationDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <div className="fit-explanation" data-testid="fit-explanation">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('matching.col.name')}>
          {e.name} <span className="nip">{formatNip(e.nip)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.col.position')}>
          {e.position.positionName}, {e.position.unitName}
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.drawer.score')}>
          <strong className="fit-score" data-testid="fit-score">
            {formatNumber(e.score, lng, 2)}
          </strong>{' '}
          <Tag color={e.eligibility.status === 'BLOCKED' ? 'red' : 'green'}>
            {t(`matching.status.${e.eligibility.status}`)}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
      <FitBreakdownBar components={e.components} score={e.score} />
      <h3 style={HEADING}>{t('matching.drawer.components')}</h3>
      <ComponentTable components={e.components} />
      <h3 style={HEADING}>{t('matching.drawer.rules')}</h3>
      <RuleResultTable rules={e.eligibility.results} label={t('matching.drawer.rules')} />
      <h3 style={HEADING}>{t('matching.drawer.whyNot')}</h3>
      <WhyNotAnswer explanation={e} />
      <Typography.Paragraph type="secondary" className="fit-versions">
        {t('matching.drawer.versions', {
          policy: e.policyVersion,
          rules: e.ruleTableVersion,
          relevance: e.relevanceVersion,
          date: formatDate(e.asOf, lng) ?? e.asOf,
        })}
      </Typography.Paragraph>
    </div>
  );
}

/** The full explanation of one person's fit for one post, in a drawer (null ids = closed). */
export function FitExplanationDrawer({
  nip,
  positionId,
  onClose,
}: {
  nip: string | null;
  positionId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const q = useMatchExplanation(nip, positionId);
  const open = !!nip && positionId !== null;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('matching.drawer.title')}
      width={880}
      destroyOnHidden
      styles={{ body: { padding: 0, overflow: 'hidden' } }}
    >
      {/* Note: the scrolling region is ours so that keyboard users can focus and scroll it (axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard */}
      <section tabIndex={0} aria-label={t('matching.drawer.title')} style={SCROLLER}>
        {open &&
          (q.isPending ? (
            <PageLoading rows={8} />
          ) : q.isError ? (
            <ErrorState error={q.error} onRetry={() => void q.refetch()} />
          ) : (
            <Explanation e={q.data} />
          ))}
      </section>
    </Drawer>
  );
}
