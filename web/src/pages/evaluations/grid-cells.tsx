import { Input, Select, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PREDIKAT_LABELS,
  type Predikat,
  RATING_LABELS,
  RATINGS,
  type Rating,
} from '../../../../src/core/appraisal/ratings';
import { useLanguage } from '../../lib/use-language';
import type { FieldProblem } from './row-rules';

export const PREDIKAT_COLOR: Record<Predikat, string> = {
  SANGAT_BAIK: 'green',
  BAIK: 'blue',
  BUTUH_PERBAIKAN: 'gold',
  KURANG_MISCONDUCT: 'orange',
  SANGAT_KURANG: 'red',
};

/** The message of a field problem in the UI language. */
export function useProblemText() {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (p: FieldProblem | undefined): string | undefined => {
    if (!p) return undefined;
    return p.kind === 'rule' ? t(`evaluation.entry.rule.${p.rule}`) : p.message[lng];
  };
}

/** A cell's rule, under the control, announced to screen readers. */
function CellError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <div className="cell-error" id={id} role="alert" data-testid="cell-error">
      {text}
    </div>
  );
}

interface RatingCellProps {
  id: string;
  label: string;
  value: Rating | null;
  onChange: (value: Rating | null) => void;
  problem: string | undefined;
  disabled: boolean;
}

export function RatingCell({ id, label, value, onChange, problem, disabled }: RatingCellProps) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <div>
      <Select<Rating>
        id={id}
        aria-label={label}
        value={value ?? undefined}
        onChange={(v) => onChange(v ?? null)}
        allowClear
        disabled={disabled}
        placeholder={t('evaluation.entry.ratingPlaceholder')}
        options={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r][lng] }))}
        status={problem ? 'error' : undefined}
        popupMatchSelectWidth={false}
        style={{ width: '100%' }}
        {...(problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
      />
      <CellError id={`${id}-error`} text={problem} />
    </div>
  );
}

interface CountCellProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | undefined;
  disabled: boolean;
}

export function CountCell({ id, label, value, onChange, problem, disabled }: CountCellProps) {
  return (
    <div>
      <Input
        id={id}
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputMode="numeric"
        disabled={disabled}
        status={problem ? 'error' : undefined}
        style={{ width: '100%' }}
        {...(problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {})}
      />
      <CellError id={`${id}-error`} text={problem} />
    </div>
  );
}

/** The predikat derived from the two ratings: shown, never typed. */
export function PredikatCell({ predikat }: { predikat: Predikat | null }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  if (!predikat) return <span className="cell-sub">{t('common.none')}</span>;
  return (
    <Tooltip title={t('evaluation.entry.predikatDerived')}>
      <Tag color={PREDIKAT_COLOR[predikat]} data-testid="derived-predikat">
        {PREDIKAT_LABELS[predikat][lng]}
      </Tag>
    </Tooltip>
  );
}
