import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { highestEducation } from '../../../../src/core/model/education';
import type { EmployeeDetailDto } from '../../api/types';
import { formatDate, formatNip, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** The identity block of the profile, as on a personnel file's first page. */
export function IdentityCard({ employee: e }: { employee: EmployeeDetailDto }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const none = t('common.none');
  const date = (d: string | null) => formatDate(d, lng) ?? none;
  const edu = highestEducation(e.education);
  const items = [
    { key: 'nip', label: t('profile.nip'), children: <span className="nip">{formatNip(e.nip)}</span> },
    {
      key: 'birth',
      label: t('profile.birth'),
      children: [e.birthPlace, formatDate(e.birthDate, lng)].filter(Boolean).join(', '),
    },
    { key: 'gender', label: t('profile.gender'), children: t(`enum.gender.${e.gender}`) },
    {
      key: 'type',
      label: t('profile.employmentType'),
      children: t(`enum.employmentType.${e.employmentType}`),
    },
    {
      key: 'golongan',
      label: t('profile.golongan'),
      children: e.golonganLabel ? `${e.pangkat ?? ''}, ${e.golonganLabel}` : none,
    },
    { key: 'golonganTmt', label: t('profile.golonganTmt'), children: date(e.golonganTmt) },
    { key: 'tmtCpns', label: t('profile.tmtCpns'), children: date(e.tmtCpns) },
    {
      key: 'position',
      label: t('profile.position'),
      children: e.currentPositionId ? (
        <Link to={`/jabatan/${e.currentPositionId}`}>{e.currentPositionName}</Link>
      ) : (
        none
      ),
    },
    { key: 'unit', label: t('profile.unit'), children: e.currentUnitName ?? none },
    { key: 'since', label: t('profile.positionSince'), children: date(e.currentPositionSince) },
    {
      key: 'years',
      label: t('profile.yearsInPosition'),
      children:
        e.yearsInCurrentPosition === null
          ? none
          : t('common.yearsLong', { value: formatNumber(e.yearsInCurrentPosition, lng, 1) }),
    },
    {
      key: 'education',
      label: t('profile.education'),
      children: edu
        ? `${edu.major.startsWith(edu.level) ? edu.major : `${edu.level} ${edu.major}`} (${edu.institution}, ${edu.graduationYear})`
        : none,
    },
    { key: 'retirement', label: t('profile.retirement'), children: date(e.retirementDate) },
  ];
  return (
    <Card title={<h2 className="card-heading">{t('profile.identity')}</h2>} className="identity-card">
      <Descriptions
        column={1}
        size="small"
        colon={false}
        items={items}
        styles={{ label: { width: '40%' } }}
      />
    </Card>
  );
}
