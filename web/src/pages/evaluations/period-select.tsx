import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodItem } from '../../api/use-evaluations';

interface Props {
  id: string;
  periods: readonly PeriodItem[];
  value: number | undefined;
  onChange: (periodId: number) => void;
  loading?: boolean;
}

/** Pick an evaluation period; each option says whether it is open or closed. */
export function PeriodSelect({ id, periods, value, onChange, loading = false }: Props) {
  const { t } = useTranslation();
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder={t('evaluation.periodPlaceholder')}
      style={{ width: '100%' }}
      options={periods.map((p) => ({
        value: p.id,
        label: (
          <span>
            {p.code} · {t(`evaluation.kind.${p.kind}`)}{' '}
            <Tag color={p.status === 'OPEN' ? 'green' : 'default'}>{t(`evaluation.status.${p.status}`)}</Tag>
          </span>
        ),
      }))}
    />
  );
}
