import { Col, Progress, Row, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CompetencyScore,
  type CompetencyStandard,
  jobPersonMatch,
} from '../../../../src/core/model/competency';
import type { EmployeeDetailDto } from '../../api/types';
import { palette } from '../../app/theme';
import { EmptyState } from '../../components/empty-state';
import { LazyChart } from '../../components/lazy-chart';
import { formatDate, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { competencyRadarOption } from './competency-radar-option';

interface CompetencyRow {
  code: string;
  name: string;
  type: CompetencyStandard['type'];
  standard: number;
  assessed: number | null;
}

/** Assessed level against the current position's standard, per competency (radar + table + JPM). */
export function CompetencyPanel({ employee: e }: { employee: EmployeeDetailDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const latest = useMemo(
    () => [...e.competencyAssessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))[0] ?? null,
    [e.competencyAssessments],
  );
  const rows: CompetencyRow[] = useMemo(() => {
    const scores = new Map((latest?.scores ?? []).map((s) => [s.code, s.level]));
    return e.competencyStandard.map((s) => ({
      code: s.code,
      name: s.name,
      type: s.type,
      standard: s.level,
      assessed: scores.get(s.code) ?? null,
    }));
  }, [e.competencyStandard, latest]);
  const option = useMemo(
    () =>
      competencyRadarOption(rows, {
        standard: t('profile.competencyStandard'),
        assessed: t('profile.competencyAssessed'),
      }),
    [rows, t],
  );

  if (e.competencyStandard.length === 0) return <EmptyState title={t('profile.noStandard')} />;
  const jpm = latest
    ? jobPersonMatch(
        e.competencyStandard as readonly CompetencyStandard[],
        latest.scores as readonly CompetencyScore[],
      )
    : null;

  return (
    <section aria-labelledby="competency-title" className="stack">
      <div>
        <Typography.Title level={3} className="section-title" id="competency-title">
          {t('profile.competencyTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {latest
            ? t('profile.assessedOn', { date: formatDate(latest.assessedOn, lng), assessor: latest.assessor })
            : t('profile.noAssessment')}
        </Typography.Paragraph>
      </div>
      <Row gutter={[16, 16]} align="middle">
        <Col xs={24} lg={15}>
          <LazyChart
            option={option}
            height={340}
            label={`${t('profile.competencyTitle')}: ${rows.map((r) => `${r.name} ${r.assessed ?? '-'}/${r.standard}`).join(', ')}`}
          />
        </Col>
        <Col xs={24} lg={9} className="jpm">
          {jpm !== null && (
            <div className="jpm-box" data-testid="jpm">
              <Progress
                type="dashboard"
                percent={jpm}
                format={(p) => `${formatNumber(p ?? 0, lng, 1)}%`}
                strokeColor={jpm >= 80 ? palette.success : jpm >= 65 ? palette.gold : palette.danger}
                aria-label={t('profile.jpm')}
              />
              <Typography.Text strong>{t('profile.jpm')}</Typography.Text>
              <Typography.Text type="secondary" className="jpm-hint">
                {t('profile.jpmHint')}
              </Typography.Text>
            </div>
          )}
        </Col>
      </Row>
      <Table<CompetencyRow>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 560 }}
        columns={[
          {
            key: 'name',
            title: t('profile.col.competency'),
            render: (_, r) => (
              <>
                <span className="code-chip">{r.code}</span> {r.name}
              </>
            ),
          },
          {
            key: 'type',
            title: t('profile.col.type'),
            render: (_, r) => t(`enum.competencyType.${r.type}`),
            responsive: ['md'],
          },
          {
            key: 'standard',
            title: t('profile.col.standard'),
            dataIndex: 'standard',
            align: 'center',
            width: 90,
          },
          {
            key: 'assessed',
            title: t('profile.col.assessed'),
            align: 'center',
            width: 90,
            render: (_, r) =>
              r.assessed ?? <Typography.Text type="secondary">{t('profile.notAssessed')}</Typography.Text>,
          },
          {
            key: 'gap',
            title: t('profile.col.gap'),
            align: 'center',
            width: 90,
            render: (_, r) => {
              if (r.assessed === null) return t('common.none');
              const gap = r.assessed - r.standard;
              return <Tag color={gap < 0 ? 'red' : 'green'}>{gap > 0 ? `+${gap}` : gap}</Tag>;
            },
          },
        ]}
      />
    </section>
  );
}
