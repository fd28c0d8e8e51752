import { DEFAULT_RULE_TABLE } from '../../core/eligibility/default-rule-table.js';
import { postInaugurationWindow, preCandidacyWindow } from '../../core/eligibility/election-windows.js';
import { careerTier } from '../../core/eligibility/facts/career-tier.js';
import { candidateFacts, monthsAtTierOrAbove, postFacts } from '../../core/eligibility/facts/facts.js';
import { settingOf } from '../../core/eligibility/rule-table.js';
import { relatedMonths } from '../../core/eligibility/rules/exp-jpt.js';
import { inputsFromDataset } from '../../core/matching/from-dataset.js';
import type { Post } from '../../core/matching/inputs.js';
import type { InstansiDataset, PositionDraft } from '../../core/model/drafts.js';
import { meetsEducationLevel } from '../../core/model/education.js';
import { ageOn, compareDates, type LocalDate } from '../../core/model/local-date.js';

/**
 * The Pilkada 2024 windows of Kota Sibolga (DOMAIN.md 9.2), built with the core's own window
 * functions: Pasal 71(2) from 2024-03-22 to the inauguration on 2025-02-20, Pasal 162(3) from then
 * to 2025-08-20. The demo records no Mendagri approval, so no managerial move may start inside them.
 */
export const SIBOLGA_2024_WINDOWS = [
  preCandidacyWindow('2024-09-22' as LocalDate, '2025-02-20' as LocalDate),
  postInaugurationWindow('2025-02-20' as LocalDate),
];

/** Violations of the career rules, one line per finding (NIP, post, reason). */
export interface CareerAudit {
  /** (a) JPT installed without 2 years as administrator/JF ahli madya, older than 56, or below S1. */
  readonly jpt: readonly string[];
  /** JPT installed with under 5 years in a related field (R-EXP-JPT; reported, not required). */
  readonly jptRelated: readonly string[];
  /** (b) managerial moves starting inside an election window. */
  readonly electionWindow: readonly string[];
  /** (c) JF holders whose current golongan lies outside their level's band. */
  readonly jfRankBand: readonly string[];
  /** (d) JF levels falling within one JF, or falling and rising again across JF posts. */
  readonly jfLevelDips: readonly string[];
  /** (e) heads of the health and education offices, puskesmas and RSUD without a fitting degree. */
  readonly headEducation: readonly string[];
  /** (f) PPPK in (or with a history of) a post other than JF. */
  readonly pppkPosts: readonly string[];
}

const LEVEL_SUFFIX = / (Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama|Pemula|Terampil|Mahir|Penyelia)$/;

/** One JF, whatever the level: `Perawat Ahli Muda` and `Perawat Terampil` are both `Perawat`. */
export function jfIdentity(p: PositionDraft): string {
  return p.name.replace(LEVEL_SUFFIX, '');
}

const HEALTH_HEADS = (p: PositionDraft) =>
  p.code === 'DINKES/KEPALA' ||
  p.tugasTambahan === 'Kepala Puskesmas' ||
  (p.unitCode.startsWith('RSUD') && p.grade.kind === 'ADMINISTRATOR' && p.family === 'LEADERSHIP');

/**
 * Checks a demo data set against the core's own career rules and tables, as of `asOf`: the JPT
 * requirements (R-EXP-JPT, R-JPT-AGE, R-EDU-LEVEL), the election windows (R-PILKADA-71-2 and
 * 162-3, scope from the rule table), the JF rank bands (R-JF-BAND), rising JF careers, fitting heads
 * of the health and education services, and PPPK in JF posts only (DOMAIN.md 15.4).
 * @example auditCareers(generateSibolgaDemo({ asOf }), asOf).jfRankBand.length // 0
 */
export function auditCareers(data: InstansiDataset, asOf: LocalDate): CareerAudit {
  const positions = new Map(data.positions.map((p) => [p.code, p]));
  const inputs = inputsFromDataset(data);
  const postsByCode = new Map<string, Post>(inputs.posts.map((p) => [p.position.code, p]));
  const expJpt = settingOf(DEFAULT_RULE_TABLE, 'R-EXP-JPT').params;
  const maxAge = settingOf(DEFAULT_RULE_TABLE, 'R-JPT-AGE').params.maxAgeByKind;
  const scope = settingOf(DEFAULT_RULE_TABLE, 'R-PILKADA-71-2').params;
  const bands = settingOf(DEFAULT_RULE_TABLE, 'R-JF-BAND').params.byJfLevel;
  const inScope = (p: PositionDraft) =>
    scope.positionKinds.includes(p.grade.kind) || (scope.includeTugasTambahan && p.tugasTambahan !== null);
  const out = {
    jpt: [] as string[],
    jptRelated: [] as string[],
    electionWindow: [] as string[],
    jfRankBand: [] as string[],
    jfLevelDips: [] as string[],
    headEducation: [] as string[],
    pppkPosts: [] as string[],
  };

  data.employees.forEach((e, index) => {
    const posts = e.positionHistory.map((a) => positions.get(a.positionCode)!);
    const current = posts.at(-1)!;
    const say = (list: string[], why: string) => list.push(`${e.nip} ${current.code}: ${why}`);

    // (a) every installation into a JPT post from a post that is not JPT.
    posts.forEach((p, i) => {
      if (!expJpt.kinds.includes(p.grade.kind) || (i > 0 && expJpt.kinds.includes(posts[i - 1]!.grade.kind)))
        return;
      const on = e.positionHistory[i]!.startDate;
      const facts = candidateFacts(inputs.candidates[index]!, on);
      const senior = monthsAtTierOrAbove(facts, expJpt.seniorTier);
      const age = ageOn(e.birthDate, on);
      const year = Number(on.slice(0, 4));
      const degree = e.education.some((x) => x.graduationYear <= year && meetsEducationLevel(x.level, 'S1'));
      if (senior < expJpt.minSeniorMonths) say(out.jpt, `${senior} months at tier ${expJpt.seniorTier}+`);
      if (age > (maxAge[p.grade.kind] ?? Number.POSITIVE_INFINITY)) say(out.jpt, `installed at ${age}`);
      if (!degree) say(out.jpt, 'no S1 at installation');
      const related = relatedMonths(facts, postFacts(postsByCode.get(p.code)!));
      if (related < expJpt.minRelatedMonths) say(out.jptRelated, `${related} related months`);
    });

    // (b) a move replaces an official when it enters or leaves a post in scope.
    for (let i = 1; i < posts.length; i++) {
      if (!inScope(posts[i]!) && !inScope(posts[i - 1]!)) continue;
      const start = e.positionHistory[i]!.startDate;
      const w = SIBOLGA_2024_WINDOWS.find(
        (x) => compareDates(x.start, start) <= 0 && compareDates(start, x.end) <= 0,
      );
      if (w) say(out.electionWindow, `${posts[i]!.code} from ${start} in ${w.id}`);
    }

    // (c) the golongan held on `asOf` inside the JF level's band.
    const rank = e.rankHistory.findLast((x) => compareDates(x.tmt, asOf) <= 0)?.golongan;
    if (current.grade.kind === 'JF' && rank !== undefined) {
      const band = bands[current.grade.jfLevel];
      if (rank < band.min || rank > band.max)
        say(out.jfRankBand, `golongan ${rank} in ${current.grade.jfLevel}`);
    }

    // (d) JF levels only climb: never down within one JF, never down and up again across JF posts.
    const jf = posts.filter((p) => p.grade.kind === 'JF');
    let fell = false;
    for (let i = 1; i < jf.length; i++) {
      const before = careerTier(jf[i - 1]!.grade);
      const now = careerTier(jf[i]!.grade);
      const sameJf = jfIdentity(jf[i - 1]!) === jfIdentity(jf[i]!);
      if (now < before && sameJf) say(out.jfLevelDips, `${jf[i - 1]!.name} -> ${jf[i]!.name}`);
      else if (now > before && fell) say(out.jfLevelDips, `down then up to ${jf[i]!.name}`);
      if (now < before) fell = true;
    }

    // (e) heads of health and education services hold a degree of their service.
    const health = HEALTH_HEADS(current);
    if (health || current.code === 'DISDIK/KEPALA') {
      const fits = e.education.some(
        (x) =>
          meetsEducationLevel(x.level, 'S1') &&
          (health ? x.field.startsWith('HEALTH_') : x.field === 'EDUCATION'),
      );
      if (!fits) say(out.headEducation, e.education.map((x) => x.major).join('; '));
    }

    // (f) PPPK are appointed to a JF, never to a structural or pelaksana post.
    if (e.employmentType === 'PPPK')
      for (const p of posts) if (p.grade.kind !== 'JF') say(out.pppkPosts, `${p.code} (${p.grade.kind})`);
  });
  return out;
}
