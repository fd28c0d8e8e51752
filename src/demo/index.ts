/** The Kota Sibolga demo data generator and the reference data other features reuse. */

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, WALI_KOTA_NAME } from './demo-accounts.js';
export {
  DEMO_NOTICE,
  generateSibolgaDemo,
  SIBOLGA_INSTANSI,
  type SibolgaDemoOptions,
} from './generate-sibolga-demo.js';
export { Random } from './random.js';
export { TECHNICAL_COMPETENCIES } from './reference/competencies.js';
export { FIELDS_BY_FAMILY, fieldFits } from './reference/family-fields.js';
export { INSTITUTIONS } from './reference/institutions.js';
export { fieldOfMajor, MAJOR_TO_FIELD, MAJORS, type MajorInfo } from './reference/majors.js';
export { SIBOLGA_KECAMATAN } from './reference/wilayah.js';
