import { BarChart, PieChart, RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-option';

// Only what Penata draws: bars, pies and the competency radar (keeps the chart chunk small).
echarts.use([
  BarChart,
  PieChart,
  RadarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  RadarComponent,
  AriaComponent,
  CanvasRenderer,
]);

export interface EChartCanvasProps {
  option: ChartOption;
  height: number;
  label: string;
  /** Called with the data index of a clicked bar or slice. */
  onItemClick?: (dataIndex: number) => void;
}

/** One ECharts instance bound to a div; follows the container's size. Loaded lazily. */
export default function EChartCanvas({ option, height, label, onItemClick }: EChartCanvasProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Series are replaced, not merged, but without clearing the chart: a language switch relabels
    // the bars instead of replaying the grow-in animation. The aria description is our own label in
    // the user's language: without it ECharts writes an English one over the container's aria-label.
    chart.current?.setOption(
      { ...option, aria: { enabled: true, label: { enabled: true, description: label } } },
      { replaceMerge: ['series', 'xAxis', 'yAxis', 'radar'] },
    );
  }, [option, label]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    const handler = (params: { dataIndex?: number }) => {
      if (typeof params.dataIndex === 'number') onItemClick(params.dataIndex);
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onItemClick]);

  return (
    <div ref={ref} className="echart" style={{ height }} role="img" aria-label={label} data-testid="chart" />
  );
}
