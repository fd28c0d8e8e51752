import { Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanNominationDto } from '../../api/use-plans';
import { formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Nominee = PlanNominationDto['nominees'][number];

const STATUS_COLORS: Record<Nominee['eligibilityStatus'], string> = {
  ELIGIBLE: 'green',
  ELIGIBLE_WITH_WARNINGS: 'gold',
};

/**
 * "Candidates for JPT selection": a plan never fills a JPT post (open selection, PP 11/2017 Pasal
 * 108-121; UU 20/2023), so for each vacant JPT post in scope it lists the three eligible people the
 * server ranked best by fit. Nothing is decided here: the page shows what the plan computed.
 */
export function PlanNominations({ nominations }: { nominations: readonly PlanNominationDto[] }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Card
      title={<h2 className="card-heading">{t('planning.plan.nominations.title')}</h2>}
      data-testid="plan-nominations"
    >
      <Typography.Paragraph type="secondary">{t('planning.plan.nominations.intro')}</Typography.Paragraph>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {nominations.map((n) => (
          <div key={n.post.positionId} data-testid="jpt-nomination">
            <Typography.Text strong>
              <Link to={`/jabatan/${n.post.positionId}`}>
                {t('planning.plan.nominations.post', {
                  position: n.post.positionName,
                  unit: n.post.unitName,
                  seats: formatNumber(n.vacantSeats, lng),
                })}
              </Link>
            </Typography.Text>
            {n.nominees.length === 0 ? (
              <Typography.Paragraph type="secondary">
                {t('planning.plan.nominations.none')}
              </Typography.Paragraph>
            ) : (
              <Table<Nominee>
                size="small"
                rowKey="employeeId"
                aria-label={t('planning.plan.nominations.table', { position: n.post.positionName })}
                dataSource={[...n.nominees]}
                pagination={false}
                scroll={{ x: 640 }}
                columns={[
                  {
                    key: 'rank',
                    title: t('planning.plan.nominations.rank'),
                    align: 'right',
                    render: (_, _x, i) => formatNumber(i + 1, lng),
                  },
                  {
                    key: 'employee',
                    title: t('planning.plan.nominations.employee'),
                    render: (_, x) => (
                      <>
                        <Link to={`/pegawai/${x.nip}`} className="cell-link">
                          {x.name}
                        </Link>
                        <div className="cell-sub">{formatNip(x.nip)}</div>
                      </>
                    ),
                  },
                  {
                    key: 'current',
                    title: t('planning.plan.nominations.current'),
                    render: (_, x) =>
                      x.current ? (
                        <>
                          {x.current.positionName}
                          <div className="cell-sub">{x.current.unitName}</div>
                          {x.planned && (
                            <div className="cell-sub">
                              {t('planning.plan.nominations.planned', { position: x.planned.positionName })}
                            </div>
                          )}
                        </>
                      ) : (
                        t('planning.plan.nominations.noPost')
                      ),
                  },
                  {
                    key: 'fit',
                    title: t('planning.plan.nominations.fit'),
                    align: 'right',
                    render: (_, x) => formatNumber(x.fit, lng, 1),
                  },
                  {
                    key: 'status',
                    title: t('planning.plan.nominations.status'),
                    render: (_, x) => (
                      <Tag color={STATUS_COLORS[x.eligibilityStatus]}>
                        {t(`matching.status.${x.eligibilityStatus}`)}
                      </Tag>
                    ),
                  },
                ]}
              />
            )}
          </div>
        ))}
      </Space>
    </Card>
  );
}
