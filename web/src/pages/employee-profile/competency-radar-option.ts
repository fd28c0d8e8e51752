import { palette } from '../../app/theme';
import type { ChartOption } from '../../components/chart-option';

interface RadarRow {
  readonly code: string;
  readonly name: string;
  readonly standard: number;
  readonly assessed: number | null;
}

/** Two polygons on the 1..5 scale: the position's standard (gold) and the assessed level (blue). */
export function competencyRadarOption(
  rows: readonly RadarRow[],
  names: { standard: string; assessed: string },
): ChartOption {
  return {
    color: [palette.gold, palette.primary],
    tooltip: { trigger: 'item', confine: true },
    legend: { bottom: 0, data: [names.standard, names.assessed] },
    radar: {
      indicator: rows.map((r) => ({
        name: r.name.length > 18 ? `${r.name.slice(0, 17)}…` : r.name,
        max: 5,
        min: 0,
      })),
      radius: '56%',
      center: ['50%', '46%'],
      splitNumber: 5,
      axisName: { color: '#3d4754', fontSize: 11 },
      splitArea: { areaStyle: { color: ['#f7f9fc', '#ffffff'] } },
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: names.standard,
            value: rows.map((r) => r.standard),
            lineStyle: { type: 'dashed', width: 2 },
            areaStyle: { opacity: 0.08 },
          },
          {
            name: names.assessed,
            value: rows.map((r) => r.assessed ?? 0),
            lineStyle: { width: 2 },
            areaStyle: { opacity: 0.25 },
          },
        ],
      },
    ],
  };
}
