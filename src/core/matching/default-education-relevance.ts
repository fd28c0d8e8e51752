import type { EducationField } from '../model/education.js';
import type { EducationRelevanceTable, FieldRelevance } from './education-relevance.js';

const HEALTH: readonly EducationField[] = [
  'HEALTH_MEDICINE',
  'HEALTH_NURSING',
  'HEALTH_MIDWIFERY',
  'HEALTH_PUBLIC',
  'HEALTH_PHARMACY',
];
const r = (core: readonly EducationField[], related: readonly EducationField[] = []): FieldRelevance => ({
  core,
  related,
});

/**
 * The education-relevance table Penata ships with: a health graduate fits health-family posts
 * (core) and other posts of Dinas Kesehatan, RSUD and puskesmas partly (related); an IT graduate
 * fits IT posts, and Diskominfo's other posts partly. OPD keys are the conventional short codes of a
 * kota (those of the Sibolga demo); an instansi edits its own copy. Version 2: units no longer make
 * a field core (version 1 made every health field core for a driver post in Dinkes).
 */
export const DEFAULT_EDUCATION_RELEVANCE: EducationRelevanceTable = {
  version: 2,
  instansiCode: null,
  basedOnVersion: null,
  values: { core: 100, related: 60, schoolLevel: 40, none: 0 },
  byFamily: {
    LEADERSHIP: r(['SOCIAL_GOVERNMENT', 'MANAGEMENT'], ['LAW', 'ECONOMICS', 'PSYCHOLOGY', 'COMMUNICATION']),
    GENERAL_ADMIN: r(
      ['SOCIAL_GOVERNMENT', 'MANAGEMENT'],
      ['ECONOMICS', 'ACCOUNTING', 'LAW', 'COMMUNICATION', 'IT', 'PSYCHOLOGY', 'GENERAL'],
    ),
    FINANCE: r(['ACCOUNTING', 'ECONOMICS'], ['MANAGEMENT']),
    HR: r(['MANAGEMENT', 'PSYCHOLOGY'], ['SOCIAL_GOVERNMENT', 'LAW']),
    PLANNING: r(
      ['ECONOMICS', 'SOCIAL_GOVERNMENT'],
      ['ENGINEERING_CIVIL', 'MANAGEMENT', 'SCIENCE', 'ENVIRONMENT'],
    ),
    LEGAL: r(['LAW'], ['SOCIAL_GOVERNMENT']),
    IT_DIGITAL: r(['IT'], ['SCIENCE', 'ENGINEERING_OTHER', 'COMMUNICATION']),
    HEALTH_MEDICAL: r(
      ['HEALTH_MEDICINE', 'HEALTH_PHARMACY'],
      ['HEALTH_PUBLIC', 'HEALTH_NURSING', 'HEALTH_MIDWIFERY'],
    ),
    HEALTH_NURSING: r(['HEALTH_NURSING', 'HEALTH_MIDWIFERY'], ['HEALTH_MEDICINE', 'HEALTH_PUBLIC']),
    HEALTH_PUBLIC: r(['HEALTH_PUBLIC'], [...HEALTH.filter((f) => f !== 'HEALTH_PUBLIC'), 'ENVIRONMENT']),
    EDUCATION_TEACHING: r(['EDUCATION'], ['RELIGION', 'LANGUAGE_CULTURE', 'SCIENCE', 'PSYCHOLOGY']),
    EDUCATION_ADMIN: r(['EDUCATION'], ['MANAGEMENT', 'SOCIAL_GOVERNMENT', 'PSYCHOLOGY']),
    ENGINEERING: r(['ENGINEERING_CIVIL', 'ENGINEERING_OTHER'], ['ENVIRONMENT', 'SCIENCE']),
    ENVIRONMENT: r(
      ['ENVIRONMENT'],
      ['SCIENCE', 'ENGINEERING_CIVIL', 'ENGINEERING_OTHER', 'HEALTH_PUBLIC', 'AGRICULTURE'],
    ),
    AGRI_FISHERIES: r(['FISHERIES', 'AGRICULTURE'], ['SCIENCE', 'ENVIRONMENT', 'ECONOMICS']),
    SOCIAL_SERVICES: r(
      ['SOCIAL_WELFARE'],
      ['PSYCHOLOGY', 'SOCIAL_GOVERNMENT', 'RELIGION', 'HEALTH_PUBLIC', 'EDUCATION'],
    ),
    POPULATION_REGISTRY: r(['SOCIAL_GOVERNMENT'], ['IT', 'LAW', 'MANAGEMENT']),
    PUBLIC_ORDER: r(['LAW', 'SOCIAL_GOVERNMENT'], ['ENGINEERING_OTHER', 'GENERAL']),
    TRANSPORT: r(['ENGINEERING_OTHER'], ['ENGINEERING_CIVIL', 'MANAGEMENT']),
    ECONOMY_TRADE: r(['ECONOMICS', 'MANAGEMENT'], ['ACCOUNTING', 'LAW', 'AGRICULTURE', 'FISHERIES']),
    TOURISM_CULTURE: r(['LANGUAGE_CULTURE'], ['ECONOMICS', 'MANAGEMENT', 'COMMUNICATION']),
    LIBRARY_ARCHIVES: r(['COMMUNICATION', 'LANGUAGE_CULTURE'], ['IT', 'SOCIAL_GOVERNMENT']),
    AUDIT: r(['ACCOUNTING'], ['ECONOMICS', 'LAW', 'MANAGEMENT']),
    COMMUNICATION: r(['COMMUNICATION'], ['LANGUAGE_CULTURE', 'IT']),
  },
  byOpd: {
    DINKES: HEALTH,
    RSUD: HEALTH,
    DISKOMINFO: ['IT', 'COMMUNICATION'],
    DISDIK: ['EDUCATION'],
    BPKPD: ['ACCOUNTING', 'ECONOMICS'],
    INSPEKTORAT: ['ACCOUNTING', 'LAW'],
    BAPPEDA: ['ECONOMICS', 'SOCIAL_GOVERNMENT'],
    BKPSDM: ['MANAGEMENT', 'PSYCHOLOGY'],
    DPUPR: ['ENGINEERING_CIVIL'],
    DPKPP: ['ENGINEERING_CIVIL'],
    DLH: ['ENVIRONMENT'],
    DISKAN: ['FISHERIES'],
    DINSOS: ['SOCIAL_WELFARE'],
    DPPKB: ['HEALTH_PUBLIC', 'SOCIAL_WELFARE'],
    DISDUKCAPIL: ['SOCIAL_GOVERNMENT'],
    DISHUB: ['ENGINEERING_OTHER'],
    DISKOPUKMDAG: ['ECONOMICS', 'MANAGEMENT'],
    DISPAR: ['LANGUAGE_CULTURE'],
    DISPORA: ['EDUCATION', 'MANAGEMENT'],
    DISPUSIP: ['COMMUNICATION', 'LANGUAGE_CULTURE'],
    DPMPTSP: ['LAW', 'ECONOMICS'],
    SATPOLPP: ['LAW'],
    BPBD: ['ENGINEERING_CIVIL', 'ENVIRONMENT'],
    KESBANGPOL: ['SOCIAL_GOVERNMENT'],
    SETDA: ['SOCIAL_GOVERNMENT', 'LAW', 'MANAGEMENT'],
    SETWAN: ['SOCIAL_GOVERNMENT', 'LAW'],
  },
  byUnitKind: {
    PUSKESMAS: HEALTH,
    RUMAH_SAKIT: HEALTH,
    SEKOLAH: ['EDUCATION'],
    KECAMATAN: ['SOCIAL_GOVERNMENT'],
    KELURAHAN: ['SOCIAL_GOVERNMENT'],
  },
};
