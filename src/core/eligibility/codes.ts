/**
 * Stable codes of the eligibility rules (DOMAIN.md 1.5 names most of them). A code never changes
 * meaning: a rule whose substance changes gets a new code, and the old one stays in old reports.
 * The order is the evaluation order: who the person is, then the move, then the target's
 * requirements, then the calendar.
 */
export const RULE_CODES = [
  'R-STATUS-AKTIF',
  'R-CPNS',
  'R-PPPK',
  'R-TUBEL',
  'R-HUKDIS',
  'R-PERADILAN',
  'R-TENURE-MIN',
  'R-TENURE-MAX',
  'R-SELF-REQUEST-10Y',
  'R-SKP-2Y',
  'R-DEMOSI',
  'R-JF-KELUAR',
  'R-EDU-LEVEL',
  'R-EDU-OVER',
  'R-EDU-FIELD',
  'R-PROFESI',
  'R-PROFESI-LISENSI',
  'R-RANK-MIN',
  'R-JF-BAND',
  'R-JF-ENTRY',
  'R-EXP-PENGAWAS',
  'R-EXP-ADMINISTRATOR',
  'R-EXP-JPT',
  'R-JPT-AGE',
  'R-JPT-2Y',
  'R-HUKDIS-RIWAYAT',
  'R-BUP-WINDOW',
  'R-BUP-PASSED',
  'R-PILKADA-71-2',
  'R-PILKADA-162-3',
  'R-KOMPETENSI',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];
