import { type ComponentProps, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DashboardDto } from '../../api/types';
import { useCan } from '../../api/use-session';
import { palette } from '../../app/theme';
import type { ChartCard } from '../../components/chart-card';
import { columnOption, donutOption, horizontalBarOption } from '../../lib/chart-options';
import { formatNumber } from '../../lib/format';
import { useEnumLabel } from '../../lib/use-enum-label';
import { useLanguage } from '../../lib/use-language';

type Count = DashboardDto['byGolongan'][number];
type ChartProps = ComponentProps<typeof ChartCard>;

/**
 * The four breakdowns of the workforce as chart cards (the page lays them out); clicking a unit's
 * bar opens its employees when the user may see the list.
 */
export function useWorkforceCharts(
  data: DashboardDto,
): Record<'unit' | 'golongan' | 'kind' | 'education', ChartProps> {
  const { t } = useTranslation();
  const lng = useLanguage();
  const navigate = useNavigate();
  const canList = useCan('employee.list');
  const enumLabel = useEnumLabel();
  const fmt = useCallback((v: number) => formatNumber(v, lng), [lng]);
  const label = useCallback(
    (group: 'kind' | 'educationField', c: Count) => enumLabel(group, c.key, c.label),
    [enumLabel],
  );

  const byUnit = useMemo(() => [...data.byUnit].sort((a, b) => b.count - a.count), [data.byUnit]);
  const units = useMemo(() => byUnit.map((c) => ({ label: c.label, value: c.count })), [byUnit]);
  // PPPK have no golongan: the server sends them under NONE.
  const golongan = useMemo(
    () =>
      data.byGolongan.map((c) => ({
        label: c.key === 'NONE' ? t('dashboard.noGolongan') : c.label,
        value: c.count,
      })),
    [data.byGolongan, t],
  );
  const kinds = useMemo(
    () => data.byPositionKind.map((c) => ({ label: label('kind', c), value: c.count })),
    [data.byPositionKind, label],
  );
  const fields = useMemo(
    () =>
      [...data.byEducationField]
        .sort((a, b) => b.count - a.count)
        .map((c) => ({ label: label('educationField', c), value: c.count })),
    [data.byEducationField, label],
  );
  const openUnit = useCallback(
    (index: number) => {
      // Bars are drawn bottom-up, so the index counts from the smallest unit.
      const unit = byUnit[byUnit.length - 1 - index];
      if (unit) navigate(`/pegawai?unitId=${unit.unitId}`);
    },
    [byUnit, navigate],
  );

  return useMemo(() => {
    const count = t('dashboard.totalEmployees');
    const rows = (list: { label: string; value: number }[]) =>
      list.map((d) => ({ label: d.label, value: fmt(d.value) }));
    const card = (title: string, rest: Omit<ChartProps, 'title' | 'label'>): ChartProps => ({
      title,
      label: t('dashboard.chartLabel', { title }),
      ...rest,
    });
    return {
      unit: card(t('dashboard.byUnit'), {
        option: horizontalBarOption(units, fmt),
        height: Math.max(240, units.length * 26 + 24),
        rows: rows(units),
        headers: [t('employees.col.unit'), count],
        ...(canList ? { onItemClick: openUnit } : {}),
      }),
      golongan: card(t('dashboard.byGolongan'), {
        option: columnOption(golongan, fmt, palette.primary),
        height: 280,
        rows: rows(golongan),
        headers: [t('employees.col.golongan'), count],
      }),
      kind: card(t('dashboard.byPositionKind'), {
        option: donutOption(kinds, fmt),
        height: 320,
        rows: rows(kinds),
        headers: [t('employees.kindLabel'), count],
      }),
      education: card(t('dashboard.byEducationField'), {
        option: horizontalBarOption(fields, fmt, '#2e9c8f'),
        height: Math.max(240, fields.length * 24 + 24),
        rows: rows(fields),
        headers: [t('employees.educationLabel'), count],
      }),
    };
  }, [t, fmt, units, golongan, kinds, fields, canList, openUnit]);
}
