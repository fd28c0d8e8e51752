import { candidateFacts } from '../../core/eligibility/facts/facts.js';
import { qualifiesFor } from '../../core/eligibility/rules/profession-qualification.js';
import { inputsFromDataset } from '../../core/matching/from-dataset.js';
import type { InstansiDataset } from '../../core/model/drafts.js';
import { educationRank, meetsEducationLevel } from '../../core/model/education.js';
import { addYears, type LocalDate, wholeMonthsBetween } from '../../core/model/local-date.js';
import { validLicences } from '../../core/model/profession.js';
import { PROFESSION_RULES } from '../../core/model/profession-rules.js';

/** Regulated-profession holders and the planner's deliberate work: misplaced graduates. */
export interface ProfessionAudit {
  /** Profession posts whose requirement names no major or a major the profession does not accept. */
  readonly postMajors: readonly string[];
  /** Holders of a profession post without its qualifying education (the core's R-PROFESI test). */
  readonly unqualified: readonly string[];
  /** Holders without every licence the profession asks for, valid on `asOf` and two years on. */
  readonly unlicensed: readonly string[];
  /** Health and education graduates (D-III or higher). */
  readonly graduates: number;
  /** Of them, those in a pelaksana post today. */
  readonly inPelaksana: number;
  /** Of those, the ones in their post for under 2 years (not yet movable). */
  readonly misplacedShortTenure: readonly string[];
  /** Holders of a D-III or higher in a manual post asking for SMA (driver, guard, caretaker). */
  readonly overqualifiedManual: number;
  /** Holders of a D-III or higher in a pelaksana post asking for SMA. */
  readonly overqualifiedSma: number;
}

const HEALTH_OR_EDUCATION = (field: string) => field.startsWith('HEALTH_') || field === 'EDUCATION';

/**
 * Checks the regulated professions of a demo data set with the core's own rules: posts name the
 * qualifying majors, holders qualify (`qualifiesFor`) and hold the licences PROFESSION_RULES asks
 * for; and counts the misplaced health and education graduates the planner should find.
 * @example auditProfessions(data, asOf).unlicensed // []
 */
export function auditProfessions(data: InstansiDataset, asOf: LocalDate): ProfessionAudit {
  const positions = new Map(data.positions.map((p) => [p.code, p]));
  const inputs = inputsFromDataset(data);
  const later = addYears(asOf, 2);
  const postMajors: string[] = [];
  for (const p of data.positions) {
    if (p.profession === null) continue;
    const accepted = new Set(PROFESSION_RULES[p.profession].qualifications.flatMap((q) => q.majors));
    const majors = p.educationRequirements.flatMap((r) => r.majors ?? []);
    const bad = majors.length === 0 || (accepted.size > 0 && majors.some((m) => !accepted.has(m)));
    if (bad) postMajors.push(`${p.code}: ${majors.join(',') || 'no majors'}`);
  }
  const unqualified: string[] = [];
  const unlicensed: string[] = [];
  const short: string[] = [];
  let graduates = 0;
  let inPelaksana = 0;
  let manual = 0;
  let sma = 0;
  data.employees.forEach((e, i) => {
    const open = e.positionHistory.at(-1)!;
    const p = positions.get(open.positionCode)!;
    const prof = p.profession;
    if (prof !== null) {
      const track = p.grade.kind === 'JF' ? p.grade.jfCategory : null;
      const facts = candidateFacts(inputs.candidates[i]!, asOf);
      if (!qualifiesFor(facts, prof, track, p.educationRequirements))
        unqualified.push(`${e.nip} ${p.code}: ${e.education.map((x) => x.major).join('; ')}`);
      for (const on of [asOf, later]) {
        const held = validLicences(inputs.candidates[i]!.employee.licences, on, prof).map((l) => l.kind);
        const missing = PROFESSION_RULES[prof].licences.filter((k) => !held.includes(k));
        if (missing.length) unlicensed.push(`${e.nip} ${p.code}: no ${missing.join('+')} on ${on}`);
      }
    }
    const graduate = e.education.some(
      (x) => HEALTH_OR_EDUCATION(x.field) && meetsEducationLevel(x.level, 'D3'),
    );
    if (graduate) {
      graduates++;
      if (p.grade.kind === 'PELAKSANA') {
        inPelaksana++;
        if (wholeMonthsBetween(open.startDate, asOf) < 24)
          short.push(`${e.nip} ${p.code} since ${open.startDate}`);
      }
    }
    const top = Math.max(...e.education.map((x) => educationRank(x.level)));
    const asksSma = p.grade.kind === 'PELAKSANA' && p.educationRequirements[0]?.minLevel === 'SMA';
    if (asksSma && top >= educationRank('D3')) {
      sma++;
      if ((p.kelasJabatan ?? 99) <= 3) manual++;
    }
  });
  return {
    postMajors,
    unqualified,
    unlicensed,
    graduates,
    inPelaksana,
    misplacedShortTenure: short,
    overqualifiedManual: manual,
    overqualifiedSma: sma,
  };
}
