import { Descriptions, Drawer, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCORE_COMPONENT_LABELS } from '../../../../src/core/matching/policy';
import { type PlanMoveDto, type PlanMoveExplanationDto, usePlanMove } from '../../api/use-plans';
import { ErrorState } from '../../components/error-state';
import { FitBreakdownBar } from '../../components/fit-explanation-bar';
import { RuleResultTable } from '../../components/fit-explanation-rules';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Component = PlanMoveExplanationDto['components'][number];
const SCROLLER = { height: '100%', overflow: 'auto', padding: 24 } as const;
const HEADING = { fontSize: 15, margin: '20px 0 8px' } as const;

/**
 * Why this person moves to this seat: fit breakdown, rules, the best alternative and its gap. The
 * plan comes without its explanations; the drawer loads this move's when it opens.
 */
export function MoveDrawer({
  runId,
  move,
  onClose,
}: {
  runId: number;
  move: PlanMoveDto | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const fmt = (n: number) => formatNumber(n, lng, 2);
  const loaded = usePlanMove(runId, move?.explanation ? undefined : move?.employeeId);
  const e = move?.explanation ?? loaded.data?.move.explanation;
  const totalWeight = e ? e.components.reduce((s, c) => s + c.weight, 0) : 0;
  // The shared bar wants labels and shares; the plan's components carry code and weight.
  const barComponents = (e?.components ?? []).map((c) => ({
    ...c,
    label: SCORE_COMPONENT_LABELS[c.component],
    share: totalWeight > 0 ? c.weight / totalWeight : 0,
  }));
  return (
    <Drawer
      open={move !== null}
      onClose={onClose}
      title={t('planning.move.title')}
      size={860}
      destroyOnHidden
      styles={{ body: { padding: 0, overflow: 'hidden' } }}
    >
      {move && !e && (
        <div
          style={SCROLLER}
          role="status"
          aria-busy={loaded.isFetching}
          aria-label={t('planning.move.loading')}
        >
          {loaded.isError ? (
            <ErrorState error={loaded.error} onRetry={() => void loaded.refetch()} />
          ) : (
            <Skeleton active paragraph={{ rows: 10 }} />
          )}
        </div>
      )}
      {move && e && (
        <section
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard
          tabIndex={0}
          aria-label={t('planning.move.title')}
          style={SCROLLER}
          data-testid="move-explanation"
        >
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('planning.move.employee')}>
              {move.name} <span className="nip">{formatNip(move.nip)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('planning.move.from')}>
              {move.from ? `${move.from.positionName}, ${move.from.unitName}` : t('planning.plan.newcomer')}
            </Descriptions.Item>
            <Descriptions.Item label={t('planning.move.to')}>
              {move.to.positionName}, {move.to.unitName}
            </Descriptions.Item>
            <Descriptions.Item label={t('planning.move.fit')}>
              <span data-testid="move-fit">
                {move.fitBefore === null ? '-' : fmt(move.fitBefore)} → <strong>{fmt(move.fitAfter)}</strong>
              </span>{' '}
              <Tag color={e.eligibilityStatus === 'BLOCKED' ? 'red' : 'green'}>
                {t(`matching.status.${e.eligibilityStatus}`)}
              </Tag>
            </Descriptions.Item>
            {move.tenureMonths !== null && (
              <Descriptions.Item label={t('planning.move.tenure')}>
                {t('planning.move.tenureValue', { months: move.tenureMonths })}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('planning.plan.col.reasons')}>
              <ReasonTags reasons={e.reasons} />
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ marginTop: 12 }}>{e.message[lng]}</Typography.Paragraph>
          <FitBreakdownBar components={barComponents} score={move.fitAfter} />
          <h3 style={HEADING}>{t('planning.move.components')}</h3>
          <Table<Component>
            size="small"
            rowKey="component"
            aria-label={t('planning.move.components')}
            dataSource={[...e.components]}
            pagination={false}
            scroll={{ x: 600 }}
            columns={[
              {
                key: 'component',
                title: t('planning.move.col.component'),
                render: (_, c) => (
                  <>
                    {SCORE_COMPONENT_LABELS[c.component][lng]} {c.noData && <Tag>{t('matching.noData')}</Tag>}
                  </>
                ),
              },
              {
                key: 'value',
                title: t('planning.move.col.value'),
                align: 'right',
                render: (_, c) => fmt(c.value),
              },
              {
                key: 'weight',
                title: t('planning.move.col.weight'),
                align: 'right',
                render: (_, c) => fmt(c.weight),
              },
              {
                key: 'contribution',
                title: t('planning.move.col.contribution'),
                align: 'right',
                render: (_, c) => <strong>{fmt(c.contribution)}</strong>,
              },
              { key: 'reason', title: t('planning.move.col.reason'), render: (_, c) => c.reason[lng] },
            ]}
          />
          <h3 style={HEADING}>{t('planning.move.rules')}</h3>
          <RuleResultTable rules={e.ruleResults} label={t('planning.move.rules')} />
          <h3 style={HEADING}>{t('planning.move.bestAlternative')}</h3>
          {e.bestAlternative ? (
            <div data-testid="best-alternative">
              <Typography.Paragraph>{e.bestAlternative.message[lng]}</Typography.Paragraph>
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label="NIP">{formatNip(e.bestAlternative.nip)}</Descriptions.Item>
                <Descriptions.Item label={t('planning.plan.col.fit')}>
                  {fmt(e.bestAlternative.fit)}
                </Descriptions.Item>
                <Descriptions.Item label={t('planning.move.difference')}>
                  {fmt(e.bestAlternative.difference)}
                </Descriptions.Item>
              </Descriptions>
            </div>
          ) : (
            <Typography.Paragraph type="secondary">{t('planning.move.noAlternative')}</Typography.Paragraph>
          )}
        </section>
      )}
    </Drawer>
  );
}

/** A move's reasons (forced rotation, fills a vacancy, ...) as tags. */
export function ReasonTags({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {reasons.map((r) => (
        <Tag key={r} color={r === 'FORCED_ROTATION' ? 'volcano' : undefined}>
          {t(`planning.reason.${r}` as 'planning.reason.PLACEMENT', { defaultValue: r })}
        </Tag>
      ))}
    </>
  );
}
