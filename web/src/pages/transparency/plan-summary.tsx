import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<string, string> = { OPTIMAL: 'green', FEASIBLE: 'gold', INFEASIBLE: 'red' };

/** A label for a criterion that may be a code or an object with a name. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value !== 'object') return String(value);
  const o = value as Record<string, unknown>;
  return String(o.label ?? o.name ?? o.code ?? JSON.stringify(value));
}

/**
 * A plan's public summary: the criteria and weights it optimised and its optimality certificate.
 * The server already stripped everything that could name a person.
 */
export function PlanSummary({ planId, summary }: { planId: number; summary: unknown }) {
  const { t } = useTranslation();
  const s = (summary ?? {}) as Record<string, unknown>;
  const criteria = Array.isArray(s.criteria) ? s.criteria : s.criteria ? [s.criteria] : [];
  const weights =
    s.weights && typeof s.weights === 'object' ? Object.entries(s.weights as Record<string, unknown>) : [];
  const certificate = (s.certificate ?? null) as Record<string, unknown> | null;
  // The certificate is either a status word or the solver's check (`holds`).
  const status = !certificate
    ? '-'
    : typeof certificate.status === 'string'
      ? certificate.status
      : certificate.holds === true
        ? 'OPTIMAL'
        : certificate.holds === false
          ? 'NOT_PROVEN'
          : '-';
  return (
    <Descriptions size="small" bordered column={1} title={`#${planId}`} data-testid="plan-summary">
      <Descriptions.Item label={t('process.transparency.criteria')}>
        {criteria.length > 0 ? criteria.map(describe).join(', ') : '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('process.transparency.weights')}>
        {weights.length > 0 ? weights.map(([k, v]) => `${k}: ${describe(v)}`).join(' · ') : '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('process.transparency.certificate')}>
        <Tag color={STATUS_COLORS[status] ?? 'default'}>{status}</Tag>
        {certificate && typeof certificate.gap === 'number' && <span> gap {certificate.gap}</span>}
      </Descriptions.Item>
    </Descriptions>
  );
}
