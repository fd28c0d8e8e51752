import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanOptimalityDto } from '../../api/use-plans';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { OptimalityBadge, optimalityText } from '../plans/optimality';

/** A criterion as the summary stores it: a code and its value (older summaries: anything). */
function criterionOf(value: unknown): { code: string | null; value: string } {
  if (value === null || value === undefined) return { code: null, value: '-' };
  if (typeof value !== 'object') return { code: null, value: String(value) };
  const o = value as Record<string, unknown>;
  if (typeof o.code === 'string' && o.value !== undefined) return { code: o.code, value: String(o.value) };
  return { code: null, value: String(o.label ?? o.name ?? o.code ?? JSON.stringify(value)) };
}

function weightValue(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'boolean') return v ? '✓' : '-';
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}

/**
 * A plan's public summary: the criteria and weights it optimised and what its certificates prove:
 * "proven optimal" only when the server says so for the plan with its move limit, otherwise the
 * largest gap to that optimum. A summary stored before the server said so shows only whether the
 * final solve's certificate held. The server already stripped everything that could name a person.
 */
export function PlanSummary({
  planId,
  summary,
  optimality,
}: {
  planId: number;
  summary: unknown;
  optimality: PlanOptimalityDto | null;
}) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const s = (summary ?? {}) as Record<string, unknown>;
  const criteria = (Array.isArray(s.criteria) ? s.criteria : s.criteria ? [s.criteria] : []).map(criterionOf);
  const weights =
    s.weights && typeof s.weights === 'object' ? Object.entries(s.weights as Record<string, unknown>) : [];
  const certificate = (s.certificate ?? null) as Record<string, unknown> | null;
  const held = certificate?.holds === true || certificate?.status === 'OPTIMAL';
  const label = (code: string | null, value: string) => {
    if (code === null) return value;
    const shown = code === 'scope' ? t(`planning.mode.${value}`, { defaultValue: value }) : value;
    const date = code === 'asOf' ? formatDate(value, lng) : null;
    return `${t(`process.transparency.criterion.${code}`, { defaultValue: code })}: ${date ?? shown}`;
  };
  return (
    <Descriptions size="small" bordered column={1} title={`#${planId}`} data-testid="plan-summary">
      <Descriptions.Item label={t('process.transparency.criteria')}>
        {criteria.length > 0 ? criteria.map((c) => label(c.code, c.value)).join(', ') : '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('process.transparency.weights')}>
        {weights.length > 0
          ? weights
              .map(([k, v]) => `${t(`planning.field.${k}`, { defaultValue: k })}: ${weightValue(v)}`)
              .join(' · ')
          : '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('process.transparency.certificate')}>
        {optimality ? (
          <>
            <OptimalityBadge optimality={optimality} />
            <div className="cell-sub" data-testid="plan-optimality-text">
              {optimalityText(optimality, lng, t)}
            </div>
          </>
        ) : certificate ? (
          <Tag color={held ? 'blue' : 'orange'} data-testid="certificate-only">
            {held ? t('process.transparency.certificateHeld') : t('planning.plan.notProven')}
          </Tag>
        ) : (
          '-'
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
