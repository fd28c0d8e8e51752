import {
  type CandidateFacts,
  candidateFacts,
  type PostFacts,
  pairFacts,
  postFacts,
} from '../../eligibility/facts/facts.js';
import type { LocalizedMessage } from '../../errors.js';
import { explainPair, type FitResult, whyNot } from '../../matching/index.js';
import { type CompiledPolicy, compilePolicy } from '../../matching/score-inputs.js';
import { decimalText } from '../../model/number-text.js';
import type { PlanRows } from './plan-problem.js';
import type { PlanAlternative, PlanInput, PlanMoveExplanation, PlanReasonCode } from './plan-types.js';

/** Two decimals, written the way each language writes them (a decimal comma in Indonesian). */
const fmt = (v: number, lang: 'id' | 'en'): string => decimalText(v, 2, lang);

/**
 * `explainFit` for the rows and posts of one plan, with the policy compiled once and the facts of
 * each person and post prepared once (the same result: `explainPair` is what `explainFit` runs).
 */
export class PlanFitExplainer {
  private readonly compiled: CompiledPolicy;
  private readonly people = new Map<number, CandidateFacts>();
  private readonly places = new Map<number, PostFacts>();
  private readonly fits = new Map<string, FitResult>();

  constructor(
    private readonly input: PlanInput,
    private readonly problem: PlanRows,
  ) {
    this.compiled = compilePolicy(input.policy);
  }

  candidate(row: number): PlanInput['candidates'][number] {
    return this.input.candidates[this.problem.rowCandidate[row]!]!;
  }

  fit(row: number, post: number): FitResult {
    // The same alternative often stands behind several moves: explain each pair once.
    const key = `${row}:${post}`;
    let f = this.fits.get(key);
    if (f) return f;
    let cf = this.people.get(row);
    if (!cf) {
      cf = candidateFacts(this.candidate(row), this.input.asOf);
      this.people.set(row, cf);
    }
    let pf = this.places.get(post);
    if (!pf) {
      pf = postFacts(this.input.posts[post]!);
      this.places.set(post, pf);
    }
    f = explainPair(pairFacts(cf, pf), this.input.eligibility, this.compiled);
    this.fits.set(key, f);
    return f;
  }
}

/**
 * The explanation of one move: the fit for the destination, its rule results, the best alternative
 * (`bestRows`: per post index p the best row at 2p and the second best at 2p+1, by fit over all
 * allowed pairs) and the reasons.
 */
export function explainMove(
  bestRows: Int32Array,
  row: number,
  toPost: number,
  reasons: readonly PlanReasonCode[],
  explainer: PlanFitExplainer,
): { fit: FitResult; explanation: PlanMoveExplanation } {
  const fit = explainer.fit(row, toPost);
  const altRow = bestRows[2 * toPost] === row ? bestRows[2 * toPost + 1]! : bestRows[2 * toPost]!;
  let bestAlternative: PlanAlternative | null = null;
  if (altRow >= 0) {
    const alt = explainer.candidate(altRow);
    const altFit = explainer.fit(altRow, toPost);
    const why = whyNot(altFit, fit);
    bestAlternative = {
      nip: alt.employee.nip,
      employeeId: alt.employee.id,
      fit: altFit.score,
      difference: fit.score - altFit.score,
      message: why.message,
    };
  }
  return {
    fit,
    explanation: {
      components: fit.components.map((c) => ({
        component: c.component,
        value: c.value,
        weight: c.weight,
        contribution: c.contribution,
        noData: c.noData,
        reason: c.reason,
      })),
      ruleResults: fit.eligibility.results.filter((r) => r.status !== 'PASS'),
      eligibilityStatus: fit.eligibility.status,
      bestAlternative,
      reasons,
      message: moveMessage(fit.score, reasons),
    },
  };
}

const REASON_TEXT: Record<PlanReasonCode, LocalizedMessage> = {
  FORCED_ROTATION: {
    id: 'sudah 5 tahun atau lebih di jabatan sekarang',
    en: '5 or more years in the current post',
  },
  FILLS_VACANCY: { id: 'mengisi formasi yang kosong', en: 'fills a vacant seat' },
  FILLS_VACATED_SEAT: { id: 'mengisi formasi yang ditinggalkan', en: 'fills a seat another mover left' },
  PLACEMENT: { id: 'belum memiliki jabatan', en: 'had no post' },
  BETTER_FIT: { id: 'kecocokan lebih tinggi', en: 'better fit' },
  MAKES_ROOM: {
    id: 'kecocokan lebih rendah, tetapi rencana secara keseluruhan lebih baik',
    en: 'lower fit, but the plan as a whole gains',
  },
};

function moveMessage(score: number, reasons: readonly PlanReasonCode[]): LocalizedMessage {
  return {
    id: `Kecocokan ${fmt(score, 'id')}: ${reasons.map((r) => REASON_TEXT[r].id).join('; ')}`,
    en: `Fit ${fmt(score, 'en')}: ${reasons.map((r) => REASON_TEXT[r].en).join('; ')}`,
  };
}
