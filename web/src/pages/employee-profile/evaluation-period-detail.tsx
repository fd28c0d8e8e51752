import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RATING_LABELS } from '../../../../src/core/appraisal/ratings';
import type { EmployeeEvaluations } from '../../api/use-evaluations';
import { formatDate, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PREDIKAT_COLOR } from '../evaluations/grid-cells';

type Evaluation = EmployeeEvaluations['evaluations'][number];
type Result = NonNullable<Evaluation['current']>['result'];
type Part = Result['index']['breakdown'][number];

/**
 * One period: the statutory predikat on its own, then the local index (labelled as not statutory)
 * with every component's raw and normalized value, weight and contribution, potential,
 * attendance and discipline, and the versions of the SKP rating.
 */
export function EvaluationPeriodDetail({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const result = evaluation.current?.result;
  const attendance = evaluation.attendance.at(-1);
  if (!result)
    return <Typography.Paragraph type="secondary">{t('evaluation.profile.notRated')}</Typography.Paragraph>;
  const num = (v: number | null, digits = 1) =>
    v === null ? t('common.none') : formatNumber(v, lng, digits);
  return (
    <div className="stack">
      <Descriptions size="small" column={1} bordered title={t('evaluation.profile.statutory')}>
        <Descriptions.Item label={t('evaluation.entry.col.predikat')}>
          <Tag color={PREDIKAT_COLOR[result.statutory.predikat]} data-testid="statutory-predikat">
            {result.statutory.predikatLabel[lng]}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.entry.col.hasilKerja')}>
          {RATING_LABELS[result.statutory.hasilKerja][lng]}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.entry.col.perilakuKerja')}>
          {RATING_LABELS[result.statutory.perilakuKerja][lng]}
        </Descriptions.Item>
      </Descriptions>
      <section>
        <Typography.Title level={4} className="section-title">
          {t('evaluation.profile.indexTitle')}:{' '}
          <span data-testid="local-index">{num(result.index.value)}</span>
        </Typography.Title>
        <Typography.Paragraph type="secondary">{result.index.label[lng]}</Typography.Paragraph>
        <Table<Part>
          size="small"
          rowKey="component"
          pagination={false}
          dataSource={result.index.breakdown}
          data-testid="index-breakdown"
          columns={[
            {
              key: 'component',
              title: t('evaluation.profile.col.component'),
              render: (_, p) => t(`evaluation.component.${p.component}`),
            },
            {
              key: 'raw',
              title: t('evaluation.profile.col.raw'),
              align: 'right',
              render: (_, p) => num(p.raw),
            },
            {
              key: 'normalized',
              title: t('evaluation.profile.col.normalized'),
              align: 'right',
              render: (_, p) => num(p.normalized),
            },
            {
              key: 'weight',
              title: t('evaluation.profile.col.weight'),
              align: 'right',
              render: (_, p) => `${formatNumber(p.appliedWeight * 100, lng, 0)}%`,
            },
            {
              key: 'contribution',
              title: t('evaluation.profile.col.contribution'),
              align: 'right',
              render: (_, p) => num(p.contribution, 2),
            },
          ]}
        />
      </section>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('evaluation.profile.potentialTitle')}>
          {t(`evaluation.profile.potentialStatus.${result.potential.status}`)}
          {result.potential.level && (
            <>
              {' · '}
              {t(`evaluation.potentialLevel.${result.potential.level}`)} ({num(result.potential.score)})
            </>
          )}
          {result.potential.breakdown.length > 0 && (
            <div className="cell-sub">
              {result.potential.breakdown
                .map((f) => `${t(`evaluation.factor.${f.factor}`)} ${num(f.normalized)}`)
                .join(' · ')}
            </div>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.profile.attendance')}>
          {attendance
            ? t('evaluation.profile.attendanceValue', {
                working: attendance.workingDays,
                absent: attendance.unexcusedDays,
                late: attendance.lateCount,
              })
            : t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.profile.discipline')}>
          {result.disciplinePenaltyInForce
            ? t(`enum.hukdisLevel.${result.disciplinePenaltyInForce}`)
            : t('evaluation.profile.noPenalty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.talent.col.box')}>
          {result.box ? (result.boxLabel?.[lng] ?? result.box) : t('evaluation.profile.noBox')}
          {result.talentPool.member && (
            <>
              {' '}
              <Tag color="purple">{t('evaluation.profile.pool')}</Tag>
            </>
          )}
        </Descriptions.Item>
      </Descriptions>
      {evaluation.skp.length > 1 && (
        <section>
          <Typography.Title level={4} className="section-title">
            {t('evaluation.profile.versions')}
          </Typography.Title>
          <ul className="plain-list">
            {evaluation.skp.map((v) => (
              <li key={v.revision}>
                v{v.revision} · {t(`evaluation.correction.mode.${v.mode}`)} ·{' '}
                {RATING_LABELS[v.hasilKerja][lng]} / {RATING_LABELS[v.perilakuKerja][lng]} ·{' '}
                {formatDate(v.recordedAt, lng, 'short')}
                {v.reason && ` · ${v.reason}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
