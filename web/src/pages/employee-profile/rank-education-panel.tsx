import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetailDto } from '../../api/types';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type Rank = EmployeeDetailDto['rankHistory'][number];
type Education = EmployeeDetailDto['education'][number];

/** Riwayat pangkat and riwayat pendidikan, newest first. */
export function RankEducationPanel({ employee: e }: { employee: EmployeeDetailDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const ranks = [...e.rankHistory].sort((a, b) => b.tmt.localeCompare(a.tmt));
  const education = [...e.education].sort((a, b) => b.graduationYear - a.graduationYear);
  return (
    <div className="stack">
      <section>
        <Typography.Title level={3} className="section-title">
          {t('profile.rankHistory')}
        </Typography.Title>
        <Table<Rank>
          size="small"
          rowKey={(r) => `${r.golongan}-${r.tmt}`}
          pagination={false}
          dataSource={ranks}
          locale={{ emptyText: t('profile.noRanks') }}
          scroll={{ x: 520 }}
          columns={[
            {
              key: 'golongan',
              title: t('profile.col.golongan'),
              render: (_, r) => <strong>{r.label}</strong>,
              width: 100,
            },
            { key: 'pangkat', title: t('profile.col.pangkat'), dataIndex: 'pangkat' },
            { key: 'tmt', title: t('profile.col.tmt'), render: (_, r) => formatDate(r.tmt, lng) },
            { key: 'sk', title: t('profile.col.sk'), render: (_, r) => r.skNumber ?? t('common.none') },
          ]}
        />
      </section>
      <section>
        <Typography.Title level={3} className="section-title">
          {t('profile.educationHistory')}
        </Typography.Title>
        <Table<Education>
          size="small"
          rowKey={(r) => `${r.level}-${r.graduationYear}-${r.major}`}
          pagination={false}
          dataSource={education}
          locale={{ emptyText: t('profile.noEducation') }}
          scroll={{ x: 620 }}
          columns={[
            { key: 'level', title: t('profile.col.level'), dataIndex: 'level', width: 80 },
            { key: 'major', title: t('profile.col.major'), dataIndex: 'major' },
            {
              key: 'field',
              title: t('profile.col.field'),
              render: (_, r) => t(`enum.educationField.${r.field}`),
            },
            { key: 'institution', title: t('profile.col.institution'), dataIndex: 'institution' },
            { key: 'year', title: t('profile.col.year'), dataIndex: 'graduationYear', width: 100 },
          ]}
        />
      </section>
    </div>
  );
}
