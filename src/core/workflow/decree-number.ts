/**
 * Numbering of decrees (DOMAIN.md 10.2): a template per document type with the tokens `{seq}`,
 * `{klasifikasi}`, `{unit}`, `{romanMonth}`, `{mm}` and `{yyyy}`, and a per-year counter. The exact
 * classification code for a mutation SK is unverified, so the default is a setting: the
 * appointment-to-position code seen in practice (`800.1.3.3/123/BKPSDM/2026`).
 */
export interface DecreeNumbering {
  readonly template: string;
  readonly klasifikasi: string;
  readonly unit: string;
  /** Digits the sequence is padded to (3 gives 007). */
  readonly seqDigits: number;
}

export const DEFAULT_DECREE_NUMBERING: DecreeNumbering = {
  template: '{klasifikasi}/{seq}/{unit}/{yyyy}',
  klasifikasi: '800.1.3.3',
  unit: 'BKPSDM',
  seqDigits: 3,
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const TOKENS = ['seq', 'klasifikasi', 'unit', 'romanMonth', 'mm', 'yyyy'] as const;

/**
 * Problems with a template: it must contain `{seq}` (numbers must differ within a year) and
 * `{yyyy}` (the counter restarts every year), and no unknown token.
 * @example decreeTemplateProblems('{seq}/BKPSDM') // ['TEMPLATE_YEAR_MISSING']
 */
export function decreeTemplateProblems(template: string): string[] {
  const problems: string[] = [];
  if (!template.includes('{seq}')) problems.push('TEMPLATE_SEQ_MISSING');
  if (!template.includes('{yyyy}')) problems.push('TEMPLATE_YEAR_MISSING');
  for (const m of template.matchAll(/\{([^}]*)\}/g)) {
    if (!(TOKENS as readonly string[]).includes(m[1]!)) problems.push(`TEMPLATE_UNKNOWN_TOKEN:${m[1]}`);
  }
  return problems;
}

/**
 * The number of the `seq`-th decree of the year of `date` (YYYY-MM-DD).
 * @example formatDecreeNumber(DEFAULT_DECREE_NUMBERING, 7, '2025-10-03') // '800.1.3.3/007/BKPSDM/2025'
 */
export function formatDecreeNumber(n: DecreeNumbering, seq: number, date: string): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`decree sequence must be >= 1: ${seq}`);
  const month = Number(date.slice(5, 7));
  const values: Record<(typeof TOKENS)[number], string> = {
    seq: String(seq).padStart(n.seqDigits, '0'),
    klasifikasi: n.klasifikasi,
    unit: n.unit,
    romanMonth: ROMAN[month - 1] ?? '',
    mm: date.slice(5, 7),
    yyyy: date.slice(0, 4),
  };
  return n.template.replace(/\{([^}]*)\}/g, (whole, token: string) =>
    token in values ? values[token as keyof typeof values] : whole,
  );
}
