import type { EducationField } from '../../core/model/education.js';
import type { PositionFamily } from '../../core/model/position.js';

/**
 * Fields of study relevant to each position family: the education-relevance table the demo uses
 * for posts whose requirement names no field (most pelaksana). A nurse (HEALTH_NURSING) in a
 * GENERAL_ADMIN post is outside it. Illustrative; an instansi would set its own.
 */
export const FIELDS_BY_FAMILY: Readonly<Record<PositionFamily, readonly EducationField[]>> = {
  LEADERSHIP: ['SOCIAL_GOVERNMENT', 'MANAGEMENT', 'LAW', 'ECONOMICS'],
  GENERAL_ADMIN: [
    'SOCIAL_GOVERNMENT',
    'MANAGEMENT',
    'ECONOMICS',
    'ACCOUNTING',
    'LAW',
    'COMMUNICATION',
    'GENERAL',
  ],
  FINANCE: ['ACCOUNTING', 'ECONOMICS', 'MANAGEMENT'],
  HR: ['MANAGEMENT', 'PSYCHOLOGY', 'SOCIAL_GOVERNMENT', 'LAW'],
  PLANNING: ['ECONOMICS', 'SOCIAL_GOVERNMENT', 'ENGINEERING_CIVIL', 'MANAGEMENT', 'SCIENCE'],
  LEGAL: ['LAW', 'SOCIAL_GOVERNMENT'],
  IT_DIGITAL: ['IT', 'SCIENCE', 'ENGINEERING_OTHER'],
  HEALTH_MEDICAL: ['HEALTH_MEDICINE', 'HEALTH_PHARMACY', 'HEALTH_PUBLIC', 'HEALTH_NURSING'],
  HEALTH_NURSING: ['HEALTH_NURSING', 'HEALTH_MIDWIFERY'],
  HEALTH_PUBLIC: [
    'HEALTH_PUBLIC',
    'HEALTH_MEDICINE',
    'HEALTH_NURSING',
    'HEALTH_MIDWIFERY',
    'HEALTH_PHARMACY',
  ],
  EDUCATION_TEACHING: ['EDUCATION', 'RELIGION'],
  EDUCATION_ADMIN: ['EDUCATION', 'MANAGEMENT', 'SOCIAL_GOVERNMENT'],
  ENGINEERING: ['ENGINEERING_CIVIL', 'ENGINEERING_OTHER'],
  ENVIRONMENT: ['ENVIRONMENT', 'SCIENCE', 'ENGINEERING_OTHER', 'ENGINEERING_CIVIL', 'HEALTH_PUBLIC'],
  AGRI_FISHERIES: ['FISHERIES', 'AGRICULTURE', 'SCIENCE'],
  SOCIAL_SERVICES: [
    'SOCIAL_WELFARE',
    'PSYCHOLOGY',
    'SOCIAL_GOVERNMENT',
    'RELIGION',
    'EDUCATION',
    'HEALTH_PUBLIC',
  ],
  POPULATION_REGISTRY: ['SOCIAL_GOVERNMENT', 'IT', 'LAW'],
  PUBLIC_ORDER: ['LAW', 'SOCIAL_GOVERNMENT', 'ENGINEERING_OTHER', 'GENERAL'],
  TRANSPORT: ['ENGINEERING_OTHER', 'ENGINEERING_CIVIL'],
  ECONOMY_TRADE: ['ECONOMICS', 'MANAGEMENT', 'ACCOUNTING', 'LAW'],
  TOURISM_CULTURE: ['LANGUAGE_CULTURE', 'ECONOMICS', 'MANAGEMENT', 'COMMUNICATION'],
  LIBRARY_ARCHIVES: ['COMMUNICATION', 'LANGUAGE_CULTURE'],
  AUDIT: ['ACCOUNTING', 'ECONOMICS', 'LAW', 'MANAGEMENT'],
  COMMUNICATION: ['COMMUNICATION', 'LANGUAGE_CULTURE', 'IT'],
};

/**
 * Whether a person's field fits a post: one of the requirement's fields when it names some,
 * else one of the family's; school-level education (SMA) fits any post that asks no more.
 */
export function fieldFits(
  field: EducationField,
  level: string,
  requiredFields: readonly EducationField[],
  family: PositionFamily,
): boolean {
  if (level === 'SMA' || level === 'SMP' || level === 'SD') return true;
  return (requiredFields.length ? requiredFields : FIELDS_BY_FAMILY[family]).includes(field);
}
