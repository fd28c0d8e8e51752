import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { majorName } from '../../../../src/core/model/major-catalog';
import type { PositionDetailDto } from '../../api/types';
import { useProfessionLabel } from '../../lib/profession-label';
import { useGradeLabel } from '../../lib/use-grade-label';

/** What a holder must bring: grade, minimum golongan, education (with its study programmes), profession. */
export function RequirementsCard({ position: p }: { position: PositionDetailDto }) {
  const { t } = useTranslation();
  const grade = useGradeLabel();
  const professionLabel = useProfessionLabel();
  const none = t('position.noRequirement');
  const education =
    p.educationRequirements.length === 0
      ? none
      : p.educationRequirements
          .map(
            (r) =>
              `${t('position.educationLevel', { level: r.minLevel })} (${
                r.fields.length
                  ? r.fields.map((f) => t(`enum.educationField.${f}`)).join(', ')
                  : t('position.anyField')
              }${
                r.majors.length
                  ? `; ${t('position.majors', { majors: r.majors.map((m) => majorName(m)).join(', ') })}`
                  : ''
              })`,
          )
          .join('; ');
  return (
    <Card title={<h2 className="card-heading">{t('position.requirements')}</h2>}>
      <Descriptions
        column={1}
        size="small"
        colon={false}
        styles={{ label: { width: '44%' } }}
        items={[
          { key: 'code', label: t('position.code'), children: <span className="code-chip">{p.code}</span> },
          {
            key: 'unit',
            label: t('position.unit'),
            children: <Link to={`/jabatan?unitId=${p.unitId}`}>{p.unitName}</Link>,
          },
          { key: 'kind', label: t('position.kind'), children: t(`enum.kind.${p.kind}`) },
          { key: 'grade', label: t('position.grade'), children: grade(p) ?? t('common.none') },
          { key: 'family', label: t('position.family'), children: t(`enum.family.${p.family}`) },
          { key: 'kelas', label: t('position.kelas'), children: p.kelasJabatan ?? t('common.none') },
          { key: 'minGolongan', label: t('position.minGolongan'), children: p.minGolonganLabel ?? none },
          { key: 'education', label: t('position.education'), children: education },
          {
            key: 'profession',
            label: t('position.profession'),
            children: p.profession ? professionLabel(p.profession) : t('position.noProfession'),
          },
          ...(p.tugasTambahan
            ? [{ key: 'tugas', label: t('position.tugasTambahan'), children: p.tugasTambahan }]
            : []),
        ]}
      />
    </Card>
  );
}
