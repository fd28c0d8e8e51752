import type { EducationField } from './education.js';

/**
 * Names of the fields of study in Indonesian and English, for reasons and explanations (codes such
 * as `HEALTH_NURSING` are for machines). The web app's enum labels say the same.
 */
export const EDUCATION_FIELD_LABELS: Readonly<
  Record<EducationField, { readonly id: string; readonly en: string }>
> = {
  HEALTH_MEDICINE: { id: 'Kedokteran', en: 'Medicine' },
  HEALTH_NURSING: { id: 'Keperawatan', en: 'Nursing' },
  HEALTH_MIDWIFERY: { id: 'Kebidanan', en: 'Midwifery' },
  HEALTH_PUBLIC: { id: 'Kesehatan masyarakat', en: 'Public health' },
  HEALTH_PHARMACY: { id: 'Farmasi', en: 'Pharmacy' },
  EDUCATION: { id: 'Pendidikan/keguruan', en: 'Education' },
  LAW: { id: 'Hukum', en: 'Law' },
  ENGINEERING_CIVIL: { id: 'Teknik sipil', en: 'Civil engineering' },
  ENGINEERING_OTHER: { id: 'Teknik lainnya', en: 'Other engineering' },
  IT: { id: 'Teknologi informasi', en: 'Information technology' },
  ECONOMICS: { id: 'Ekonomi', en: 'Economics' },
  ACCOUNTING: { id: 'Akuntansi', en: 'Accounting' },
  MANAGEMENT: { id: 'Manajemen', en: 'Management' },
  AGRICULTURE: { id: 'Pertanian', en: 'Agriculture' },
  FISHERIES: { id: 'Perikanan', en: 'Fisheries' },
  ENVIRONMENT: { id: 'Lingkungan', en: 'Environment' },
  SOCIAL_GOVERNMENT: { id: 'Ilmu pemerintahan', en: 'Government studies' },
  SOCIAL_WELFARE: { id: 'Kesejahteraan sosial', en: 'Social welfare' },
  COMMUNICATION: { id: 'Komunikasi', en: 'Communication' },
  PSYCHOLOGY: { id: 'Psikologi', en: 'Psychology' },
  LANGUAGE_CULTURE: { id: 'Bahasa dan budaya', en: 'Language and culture' },
  RELIGION: { id: 'Agama', en: 'Religion' },
  SCIENCE: { id: 'MIPA', en: 'Science' },
  GENERAL: { id: 'Umum (SMA/SMK)', en: 'General (secondary school)' },
};

/**
 * "Level field" in one language, e.g. for "required" and "held" lists.
 * @example educationLabel('S1', 'HEALTH_NURSING', 'id') // 'S1 Keperawatan'
 */
export function educationLabel(level: string, field: EducationField, lang: 'id' | 'en'): string {
  return `${level} ${EDUCATION_FIELD_LABELS[field][lang]}`;
}

/**
 * Several fields joined with "/", or the "any field" word when there are none.
 * @example fieldsLabel(['HEALTH_NURSING', 'HEALTH_MIDWIFERY'], 'en') // 'Nursing/Midwifery'
 */
export function fieldsLabel(fields: readonly EducationField[], lang: 'id' | 'en'): string {
  if (fields.length === 0) return lang === 'id' ? '(bidang apa pun)' : '(any field)';
  return fields.map((f) => EDUCATION_FIELD_LABELS[f][lang]).join('/');
}
