import { Card } from 'antd';
import type { ReactNode } from 'react';
import type { EChartCanvasProps } from './echart-canvas';
import { LazyChart } from './lazy-chart';

interface Props extends EChartCanvasProps {
  title: string;
  extra?: ReactNode;
  /** The numbers behind the chart, read out to screen readers as a table. */
  rows: readonly { label: string; value: string }[];
  headers: readonly [string, string];
}

/** A card holding a lazily loaded chart, with its data as a hidden table for assistive technology. */
export function ChartCard({ title, extra, rows, headers, ...chart }: Props) {
  return (
    <Card title={<h2 className="card-heading">{title}</h2>} extra={extra} className="chart-card">
      <LazyChart {...chart} />
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{headers[0]}</th>
              <th scope="col">{headers[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
