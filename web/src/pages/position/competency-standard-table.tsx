import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PositionDetailDto } from '../../api/types';

type Standard = PositionDetailDto['competencyStandard'][number];

/** The required level (1–5) per competency, with dots for quick reading. */
export function CompetencyStandardTable({ standard }: { standard: PositionDetailDto['competencyStandard'] }) {
  const { t } = useTranslation();
  return (
    <Table<Standard>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={[...standard]}
      scroll={{ x: 480 }}
      columns={[
        {
          key: 'name',
          title: t('profile.col.competency'),
          render: (_, s) => (
            <>
              <span className="code-chip">{s.code}</span> {s.name}
            </>
          ),
        },
        {
          key: 'type',
          title: t('profile.col.type'),
          render: (_, s) => t(`enum.competencyType.${s.type}`),
          width: 140,
        },
        {
          key: 'level',
          title: t('profile.col.standard'),
          width: 150,
          render: (_, s) => (
            <span className="level-dots" role="img" aria-label={`${s.level} / 5`}>
              {[1, 2, 3, 4, 5].map((i) => (
                <span key={i} className={i <= s.level ? 'dot on' : 'dot'} />
              ))}
              <span className="level-num" aria-hidden>
                {s.level}
              </span>
            </span>
          ),
        },
      ]}
    />
  );
}
