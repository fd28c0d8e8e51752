import { PREDIKAT_LABELS } from '../appraisal/ratings.js';
import type { LocalizedMessage } from '../errors.js';
import { EDUCATION_FIELDS } from '../model/education.js';
import { EDUCATION_FIELD_LABELS } from '../model/education-labels.js';
import { majorField, majorName } from '../model/major-catalog.js';
import { decimalText } from '../model/number-text.js';
import { PROFESSION_RULES } from '../model/profession-rules.js';
import { COMPETENCY_TYPE_ORDER, competencyCoverage, competencyMatch } from './competency-fit.js';
import type { CompiledPolicy, ScoreCandidate, ScorePost } from './score-inputs.js';
import {
  C_EDUCATION,
  C_EXPERIENCE,
  C_PERFORMANCE_INDEX,
  C_PREDIKAT,
  C_PREFERENCE,
  C_QUALIFICATION,
  C_TALENT,
  holdsNamedMajor,
  relatedExperienceMonths,
  technicalValue,
} from './score-kernel.js';

const m = (id: string, en: string): LocalizedMessage => ({ id, en });
const r1 = (v: number): string => decimalText(v, 1, 'en');
/** The same in the Indonesian message: a decimal comma ("71,3"). */
const r1id = (v: number): string => decimalText(v, 1, 'id');
const TIER_NAME = [m('tingkat sekolah', 'school level'), m('diploma', 'diploma'), m('sarjana', "bachelor's")];
const TYPE_TEXT = [
  m('teknis', 'technical'),
  m('manajerial', 'managerial'),
  m('sosial kultural', 'socio-cultural'),
];

function competencyReason(
  c: ScoreCandidate,
  p: ScorePost,
  type: number,
  value: number,
  noData: boolean,
): LocalizedMessage {
  const t = TYPE_TEXT[type]!;
  const cov = competencyCoverage(c.levels, p.standard, type);
  // Note: a post without a standard says so first: nothing to meet is not a perfect fit.
  if (cov.required === 0) {
    return m(
      `Standar belum tercatat: jabatan ini tidak memiliki standar kompetensi ${t.id}, nilai netral ${r1id(value)}`,
      `No standard recorded: the post has no ${t.en} competency standard, neutral value ${r1(value)}`,
    );
  }
  if (!c.facts.assessment) {
    return m(
      `Belum ada asesmen kompetensi yang berlaku: nilai netral ${r1id(value)}`,
      `No valid competency assessment: neutral value ${r1(value)}`,
    );
  }
  if (noData) {
    return m(
      `Kompetensi ${t.id} jabatan ini belum diases: nilai netral ${r1id(value)}`,
      `The post's ${t.en} competencies were not assessed: neutral value ${r1(value)}`,
    );
  }
  const above =
    cov.above > 0
      ? m(
          `, ${cov.above} jauh di atas standar (kelebihan mengurangi kecocokan)`,
          `, ${cov.above} above standard (a surplus lowers the fit)`,
        )
      : m('', '');
  return m(
    `Kecocokan ${t.id} ${r1id(value)}%: ${cov.assessed} dari ${cov.required} kompetensi diases, ${cov.short} di bawah standar${above.id}`,
    `${t.en} fit ${r1(value)}%: ${cov.assessed} of ${cov.required} competencies assessed, ${cov.short} below standard${above.en}`,
  );
}

function educationReason(
  c: ScoreCandidate,
  p: ScorePost,
  cp: CompiledPolicy,
  value: number,
  noData: boolean,
): LocalizedMessage {
  if (noData) {
    return m(
      `Riwayat pendidikan tidak tercatat: nilai netral ${r1id(value)}`,
      `No education on record: neutral value ${r1(value)}`,
    );
  }
  if (p.namedMajors.length > 0) {
    const codes = [...new Set(p.namedMajors.flatMap((n) => n.majors))];
    const names = codes.map(majorName).join(' / ');
    // Note: programme names stay Indonesian (they are proper names); English adds the field.
    const namesEn = codes
      .map((x) => `${majorName(x)} (${EDUCATION_FIELD_LABELS[majorField(x)].en})`)
      .join(' / ');
    if (holdsNamedMajor(c, p)) {
      return m(
        `Program studi sesuai yang disyaratkan jabatan (${names}): ${r1id(value)}`,
        `Holds the programme the post names, ${namesEn}: ${r1(value)}`,
      );
    }
    return m(
      `Jabatan mensyaratkan program studi ${names}; pendidikan lain sebidang paling tinggi "terkait": ${r1id(value)}`,
      `The post names the programme ${namesEn}; other programmes of the field are "related" at best: ${r1(value)}`,
    );
  }
  let best = -1;
  for (const f of p.schoolOk ? c.allFields : c.higherFields) {
    if (best < 0 || p.relevance[f]! > p.relevance[best]!) best = f;
  }
  const field = best >= 0 ? EDUCATION_FIELDS[best]! : null;
  if (field && p.relevance[best]! === value) {
    const label = EDUCATION_FIELD_LABELS[field];
    const values = cp.policy.relevance.values;
    if (value >= values.core) {
      return m(
        `Bidang pendidikan ${label.id} sesuai rumpun atau kualifikasi jabatan ini: ${r1id(value)}`,
        `Field of study ${label.en} fits this post's family or qualification: ${r1(value)}`,
      );
    }
    return m(
      `Bidang pendidikan ${label.id} terkait dengan rumpun atau unit jabatan ini: ${r1id(value)}`,
      `Field of study ${label.en} is related to this post's family or unit: ${r1(value)}`,
    );
  }
  if (p.schoolOk && value === cp.policy.relevance.values.schoolLevel) {
    return m(
      `Bidang pendidikan tidak terkait dengan rumpun, OPD atau unit jabatan ini; jabatan menerima pendidikan tingkat sekolah: ${r1id(value)}`,
      `Field of study unrelated to this post's family, OPD or unit; the post accepts school-level education: ${r1(value)}`,
    );
  }
  return m(
    `Bidang pendidikan tidak terkait dengan rumpun, OPD atau unit jabatan ini: ${r1id(value)}`,
    `Field of study unrelated to this post's family, OPD or unit: ${r1(value)}`,
  );
}

/**
 * Words the value of one component for one person and one post: what it was computed from, or why
 * it took the neutral value.
 * @example componentReason(c, p, cp, 6, 76.7, false).en // '46 months of related experience ...'
 */
export function componentReason(
  c: ScoreCandidate,
  p: ScorePost,
  cp: CompiledPolicy,
  index: number,
  value: number,
  noData: boolean,
): LocalizedMessage {
  const prof = p.facts.post.position.profession;
  if (index === 0 && prof !== null && c.licensedProfessions.has(prof) && value === technicalValue(c, p, cp)) {
    const assessed = competencyMatch(c.levels, p.standard, 0, cp.policy.competency.surplusPenalty);
    if (Number.isNaN(assessed) || assessed < value) {
      const label = PROFESSION_RULES[prof].label;
      return m(
        `Lisensi ${label.id} yang berlaku (STR/sertifikat pendidik) menunjukkan kompetensi teknis profesi ini: ${r1id(value)}`,
        `A valid ${label.en.toLowerCase()} licence (STR/educator certificate) attests this profession's technical competency: ${r1(value)}`,
      );
    }
  }
  if (index < COMPETENCY_TYPE_ORDER.length) return competencyReason(c, p, index, value, noData);
  const neutral = m(`nilai netral ${r1id(value)}`, `neutral value ${r1(value)}`);
  switch (index) {
    case C_EDUCATION:
      return educationReason(c, p, cp, value, noData);
    case C_QUALIFICATION: {
      if (noData) {
        return m(`Riwayat pendidikan tidak tercatat: ${neutral.id}`, `No education on record: ${neutral.en}`);
      }
      const has = TIER_NAME[Math.max(0, c.educationTier)]!;
      const asked = TIER_NAME[p.requiredTier]!;
      return c.educationTier > p.requiredTier
        ? m(
            `Pendidikan ${has.id} melebihi yang diminta jabatan (${asked.id}): kelebihan kualifikasi, ${r1id(value)}`,
            `${has.en} education above what the post asks (${asked.en}): over-qualified, ${r1(value)}`,
          )
        : m(
            `Jenjang pendidikan sesuai yang diminta jabatan (${asked.id}): ${r1id(value)}`,
            `Education level matches what the post asks (${asked.en}): ${r1(value)}`,
          );
    }
    case C_PERFORMANCE_INDEX:
      return noData
        ? m(`Belum ada indeks kinerja: ${neutral.id}`, `No performance index: ${neutral.en}`)
        : m(`Indeks kinerja ${r1id(value)}`, `Performance index ${r1(value)}`);
    case C_PREDIKAT: {
      // The predikat by its name ("Butuh Perbaikan"), never its code (BUTUH_PERBAIKAN).
      const shown = (lng: 'id' | 'en') =>
        c.predikatYears
          .map((y) => {
            const p = c.facts.predikatByYear.get(y);
            return `${y}: ${p ? PREDIKAT_LABELS[p][lng] : '-'}`;
          })
          .join(', ');
      return noData
        ? m(
            `Belum ada predikat tahunan (${shown('id')}): ${neutral.id}`,
            `No annual predikat (${shown('en')}): ${neutral.en}`,
          )
        : m(
            `Predikat ${shown('id')}: rata-rata ${r1id(value)}`,
            `Predikat ${shown('en')}: average ${r1(value)}`,
          );
    }
    case C_EXPERIENCE: {
      if (noData)
        return m(`Riwayat jabatan tidak tercatat: ${neutral.id}`, `No position history: ${neutral.en}`);
      const months = relatedExperienceMonths(c, p, cp);
      const sat = cp.policy.experience.saturationMonths;
      return m(
        `${r1id(months)} bulan pengalaman terkait (rumpun atau OPD yang sama; penuh pada ${sat}): ${r1id(value)}`,
        `${r1(months)} months of related experience (same family or OPD; full at ${sat}): ${r1(value)}`,
      );
    }
    case C_TALENT:
      return noData
        ? m(`Belum ada penempatan kotak talenta: ${neutral.id}`, `No talent box: ${neutral.en}`)
        : m(
            `Kotak talenta ${c.facts.candidate.performance.talentBox}: ${r1id(value)}`,
            `Talent box ${c.facts.candidate.performance.talentBox}: ${r1(value)}`,
          );
    case C_PREFERENCE:
      return preferenceReason(c, p, value, noData);
    default:
      return neutral;
  }
}

function preferenceReason(c: ScoreCandidate, p: ScorePost, value: number, noData: boolean): LocalizedMessage {
  const pref = c.preference;
  if (noData || !pref) {
    return m(
      `Pegawai tidak menyatakan pilihan: nilai netral ${r1id(value)}`,
      `No stated preference: neutral value ${r1(value)}`,
    );
  }
  if (pref.positionIds.includes(p.facts.positionId))
    return m('Jabatan ini dipilih pegawai', 'The employee chose this post');
  if (pref.opdCodes.includes(p.facts.opdCode))
    return m(`OPD ${p.facts.opdCode} dipilih pegawai`, `The employee chose OPD ${p.facts.opdCode}`);
  if (pref.families.includes(p.facts.family)) {
    return m(`Rumpun ${p.facts.family} dipilih pegawai`, `The employee chose family ${p.facts.family}`);
  }
  return m(
    `Tidak termasuk pilihan pegawai: ${r1id(value)}`,
    `Not among the employee's choices: ${r1(value)}`,
  );
}
