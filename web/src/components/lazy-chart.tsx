import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartCanvasProps } from './echart-canvas';

const EChartCanvas = lazy(() => import('./echart-canvas'));

/** A chart whose code (ECharts) is fetched the first time a chart is shown. */
export function LazyChart(props: EChartCanvasProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
      <EChartCanvas {...props} />
    </Suspense>
  );
}
