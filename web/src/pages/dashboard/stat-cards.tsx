import { ClockCircleOutlined, HourglassOutlined, InboxOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Progress, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardDto } from '../../api/types';
import { useCan } from '../../api/use-session';
import { formatNumber, formatPercent } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

interface StatProps {
  label: string;
  value: string;
  icon: ReactNode;
  tone: 'blue' | 'gold' | 'teal' | 'red';
  footer?: ReactNode;
  to?: string | undefined;
  testId: string;
}

function Stat({ label, value, icon, tone, footer, to, testId }: StatProps) {
  const body = (
    <>
      <div className="stat-top">
        <span className={`stat-icon stat-${tone}`} aria-hidden>
          {icon}
        </span>
        <span className="stat-label">{label}</span>
      </div>
      <div className="stat-value" data-testid={testId}>
        {value}
      </div>
      {footer && <div className="stat-footer">{footer}</div>}
    </>
  );
  return (
    <Card className="stat-card" hoverable={Boolean(to)}>
      {to ? (
        <Link to={to} className="stat-link">
          {body}
        </Link>
      ) : (
        body
      )}
    </Card>
  );
}

/** Headline numbers; each one links to the list behind it when the user may see that list. */
export function StatCards({ data }: { data: DashboardDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const canListEmployees = useCan('employee.list');
  const canListPositions = useCan('position.list');
  const fill = data.seats > 0 ? data.holders / data.seats : 0;
  const n = (v: number) => formatNumber(v, lng);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        <Stat
          testId="stat-employees"
          label={t('dashboard.totalEmployees')}
          value={n(data.totalEmployees)}
          icon={<TeamOutlined />}
          tone="blue"
          to={canListEmployees ? '/pegawai' : undefined}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Stat
          testId="stat-seats"
          label={t('dashboard.seats')}
          value={n(data.seats)}
          icon={<InboxOutlined />}
          tone="teal"
          footer={
            <>
              <Progress
                percent={Math.round(fill * 100)}
                showInfo={false}
                size="small"
                strokeColor="#2e9c8f"
                aria-hidden
              />
              <span>
                {t('dashboard.fillRate', { rate: formatPercent(fill, lng) })} · {t('dashboard.vacancies')}:{' '}
                {n(data.vacancies)}
              </span>
            </>
          }
          to={canListPositions ? '/jabatan?vacant=true' : undefined}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Stat
          testId="stat-five-years"
          label={t('dashboard.fiveYears')}
          value={n(data.fiveYearsInPost)}
          icon={<ClockCircleOutlined />}
          tone="gold"
          footer={t('dashboard.fiveYearsHint')}
          to={canListEmployees ? '/pegawai?sort=tenure&order=desc' : undefined}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Stat
          testId="stat-retirement"
          label={t('dashboard.nearRetirement')}
          value={n(data.nearRetirement)}
          icon={<HourglassOutlined />}
          tone="red"
          footer={t('dashboard.nearRetirementHint', { months: data.nearRetirementMonths })}
        />
      </Col>
    </Row>
  );
}
