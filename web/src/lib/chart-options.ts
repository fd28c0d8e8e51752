import { palette } from '../app/theme';
import type { ChartOption } from '../components/chart-option';

export interface ChartDatum {
  readonly label: string;
  readonly value: number;
}

const axisText = { color: '#3d4754', fontSize: 12 };
const tooltip = { trigger: 'item' as const, confine: true };

/** Horizontal bars, largest first at the top: long unit names stay readable. */
export function horizontalBarOption(
  data: readonly ChartDatum[],
  format: (n: number) => string,
  color: string = palette.primary,
): ChartOption {
  const rows = [...data].reverse();
  return {
    color: [color],
    tooltip: {
      ...tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => format(Number(v)),
    },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: { ...axisText, formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: '#edf0f4' } },
    },
    yAxis: {
      type: 'category',
      data: rows.map((d) => d.label),
      axisLabel: { ...axisText, width: 250, overflow: 'truncate' },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#c9d1db' } },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((d) => d.value),
        barMaxWidth: 18,
        itemStyle: { borderRadius: [0, 4, 4, 0] },
        label: {
          show: true,
          position: 'right',
          color: '#3d4754',
          fontSize: 11,
          formatter: (p) => format(Number(p.value)),
        },
        cursor: 'pointer',
      },
    ],
  };
}

/** Vertical bars in the given order (golongan I/a .. IV/e). */
export function columnOption(
  data: readonly ChartDatum[],
  format: (n: number) => string,
  color: string = palette.primary,
): ChartOption {
  return {
    color: [color],
    tooltip: {
      ...tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => format(Number(v)),
    },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: data.map((d) => d.label),
      axisLabel: {
        ...axisText,
        interval: 0,
        rotate: data.length > 12 || data.some((d) => d.label.length > 6) ? 35 : 0,
      },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      axisLabel: { ...axisText, formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: '#edf0f4' } },
    },
    series: [
      {
        type: 'bar',
        data: data.map((d) => d.value),
        barMaxWidth: 28,
        itemStyle: { borderRadius: [4, 4, 0, 0] },
      },
    ],
  };
}

/** A donut with the legend beside it. */
export function donutOption(data: readonly ChartDatum[], format: (n: number) => string): ChartOption {
  return {
    color: [...palette.chart],
    tooltip: { ...tooltip, valueFormatter: (v) => format(Number(v)) },
    legend: { bottom: 0, left: 'center', textStyle: axisText, itemWidth: 12, itemHeight: 12, itemGap: 12 },
    series: [
      {
        type: 'pie',
        radius: ['42%', '66%'],
        center: ['50%', '40%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: { show: false },
        data: data.map((d) => ({ name: d.label, value: d.value })),
      },
    ],
  };
}
