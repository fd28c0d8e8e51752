import type { RuleCode } from './codes.js';
import { RULE_CODES } from './codes.js';
import type { EligibilityRule } from './rule.js';
import { bupPassed } from './rules/bup-passed.js';
import { bupWindow } from './rules/bup-window.js';
import { cpns } from './rules/cpns.js';
import { demosi } from './rules/demosi.js';
import { eduField } from './rules/edu-field.js';
import { eduLevel } from './rules/edu-level.js';
import { eduOver } from './rules/edu-over.js';
import { expAdministrator } from './rules/exp-administrator.js';
import { expJpt } from './rules/exp-jpt.js';
import { expPengawas } from './rules/exp-pengawas.js';
import { hukdis } from './rules/hukdis.js';
import { hukdisRiwayat } from './rules/hukdis-riwayat.js';
import { jfBand } from './rules/jf-band.js';
import { jfEntry } from './rules/jf-entry.js';
import { jfExit } from './rules/jf-exit.js';
import { jpt2y } from './rules/jpt-2y.js';
import { jptAge } from './rules/jpt-age.js';
import { kompetensi } from './rules/kompetensi.js';
import { peradilan } from './rules/peradilan.js';
import { pilkada712 } from './rules/pilkada-71-2.js';
import { pilkada1623 } from './rules/pilkada-162-3.js';
import { pppk } from './rules/pppk.js';
import { professionLicence } from './rules/profession-licence.js';
import { professionQualification } from './rules/profession-qualification.js';
import { rankMin } from './rules/rank-min.js';
import { selfRequest10y } from './rules/self-request-10y.js';
import { skp2y } from './rules/skp-2y.js';
import { statusAktif } from './rules/status-aktif.js';
import { tenureMax } from './rules/tenure-max.js';
import { tenureMin } from './rules/tenure-min.js';
import { tubel } from './rules/tubel.js';

/** Every rule, by code: the type makes a missing or misfiled rule a compile error. */
export const RULES_BY_CODE: { readonly [C in RuleCode]: EligibilityRule<C> } = {
  'R-STATUS-AKTIF': statusAktif,
  'R-CPNS': cpns,
  'R-PPPK': pppk,
  'R-TUBEL': tubel,
  'R-HUKDIS': hukdis,
  'R-PERADILAN': peradilan,
  'R-TENURE-MIN': tenureMin,
  'R-TENURE-MAX': tenureMax,
  'R-SELF-REQUEST-10Y': selfRequest10y,
  'R-SKP-2Y': skp2y,
  'R-DEMOSI': demosi,
  'R-JF-KELUAR': jfExit,
  'R-EDU-LEVEL': eduLevel,
  'R-EDU-OVER': eduOver,
  'R-EDU-FIELD': eduField,
  'R-PROFESI': professionQualification,
  'R-PROFESI-LISENSI': professionLicence,
  'R-RANK-MIN': rankMin,
  'R-JF-BAND': jfBand,
  'R-JF-ENTRY': jfEntry,
  'R-EXP-PENGAWAS': expPengawas,
  'R-EXP-ADMINISTRATOR': expAdministrator,
  'R-EXP-JPT': expJpt,
  'R-JPT-AGE': jptAge,
  'R-JPT-2Y': jpt2y,
  'R-HUKDIS-RIWAYAT': hukdisRiwayat,
  'R-BUP-WINDOW': bupWindow,
  'R-BUP-PASSED': bupPassed,
  'R-PILKADA-71-2': pilkada712,
  'R-PILKADA-162-3': pilkada1623,
  'R-KOMPETENSI': kompetensi,
};

/** The rules in evaluation order (RULE_CODES order). */
export const RULES: readonly EligibilityRule[] = RULE_CODES.map((c) => RULES_BY_CODE[c] as EligibilityRule);
