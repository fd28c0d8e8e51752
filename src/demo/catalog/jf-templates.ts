import { ADMINISTRATION_JF } from './jf-administration.js';
import { EDUCATION_HEALTH_JF } from './jf-education-health.js';
import { FIELD_SERVICES_JF } from './jf-field-services.js';

export type { JfTemplate } from './jf-helpers.js';

/**
 * Functional positions (jabatan fungsional) used in the demo, with the education their holders
 * need (PermenPANRB rules per JF, simplified: keterampilan from D-III, keahlian from S1/D-IV).
 */
export const JF_TEMPLATES = { ...EDUCATION_HEALTH_JF, ...ADMINISTRATION_JF, ...FIELD_SERVICES_JF };

export type JfKey = keyof typeof JF_TEMPLATES;
