import { Col, Row } from 'antd';
import type { DashboardDto } from '../../api/types';
import { ChartCard } from '../../components/chart-card';
import { PendingWork } from './pending-work';
import { StatCards } from './stat-cards';
import { useWorkforceCharts } from './workforce-charts';

/** Headline figures, the breakdown charts and the pending work, laid out for wide and narrow screens. */
export function DashboardBody({ data }: { data: DashboardDto }) {
  const charts = useWorkforceCharts(data);
  return (
    <>
      <StatCards data={data} />
      <Row gutter={[16, 16]} className="section">
        {/* Pending work comes first on narrow screens, beside the charts on wide ones. */}
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <div className="stack">
            <ChartCard {...charts.unit} />
            <ChartCard {...charts.golongan} />
            <ChartCard {...charts.education} />
          </div>
        </Col>
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          <div className="stack">
            <PendingWork items={data.pendingWork} />
            <ChartCard {...charts.kind} />
          </div>
        </Col>
      </Row>
    </>
  );
}
