import { type LicenceKind, validLicences } from '../../model/profession.js';
import { PROFESSION_RULES } from '../../model/profession-rules.js';
import type { EligibilityContext } from '../context.js';
import type { PairFacts } from '../facts/facts.js';
import { defineRule, FAIL, msg, PASS } from '../rule.js';

const LICENCE_LABEL: Readonly<Record<LicenceKind, string>> = {
  SERTIFIKAT_PENDIDIK: 'sertifikat pendidik',
  STR: 'STR',
  SIP: 'SIP',
};
const LICENCE_LABEL_EN: Readonly<Record<LicenceKind, string>> = {
  SERTIFIKAT_PENDIDIK: 'educator certificate',
  STR: 'registration certificate (STR)',
  SIP: 'practice licence (SIP)',
};

/**
 * The licences the post's profession asks for that the person does not hold valid on the date of
 * the move. An STR is issued per profession, so a nurse's STR does not license a midwife's post.
 * @example missingLicences(pairOfNurseWithoutStr, ctx) // ['STR']
 */
export function missingLicences({ c, p }: PairFacts, ctx: EligibilityContext): readonly LicenceKind[] {
  const prof = p.post.position.profession;
  if (prof === null) return [];
  const held = validLicences(c.candidate.employee.licences, ctx.asOf, prof);
  return PROFESSION_RULES[prof].licences.filter((k) => !held.some((l) => l.kind === k));
}

/**
 * A post of a regulated profession is held only with a valid licence on the date of the move:
 * an educator certificate for teachers (UU 14/2005 Pasal 8), STR and, where the post practises,
 * SIP for health workers (UU 17/2023). Judged on the TMT, so a licence that expires before it
 * does not count.
 * @example professionLicence.check(pairOfNurseWithoutStr, ctx, {}) // FAIL
 */
export const professionLicence = defineRule({
  code: 'R-PROFESI-LISENSI',
  title: msg('Lisensi profesi berlaku', 'Valid professional licence'),
  postSignature: (p) => p.post.position.profession ?? '',
  check: (pair, ctx) => {
    if (pair.isStay || pair.p.post.position.profession === null) return PASS;
    return missingLicences(pair, ctx).length > 0 ? FAIL : PASS;
  },
  explain: (pair, ctx, _params, verdict) => {
    const prof = pair.p.post.position.profession;
    const missing = missingLicences(pair, ctx);
    const evidence = { profession: prof, missing: missing.join(', ') || null, asOf: ctx.asOf };
    if (prof === null) {
      return { message: msg('Jabatan bukan profesi yang diatur', 'Not a regulated profession'), evidence };
    }
    const label = PROFESSION_RULES[prof].label;
    return {
      message:
        verdict === FAIL
          ? msg(
              `Tidak memiliki ${missing.map((k) => LICENCE_LABEL[k]).join(' dan ')} ${label.id} yang berlaku pada ${ctx.asOf}`,
              `Holds no valid ${missing.map((k) => LICENCE_LABEL_EN[k]).join(' and ')} as ${label.en.toLowerCase()} on ${ctx.asOf}`,
            )
          : msg(`Lisensi ${label.id} berlaku`, `Valid ${label.en.toLowerCase()} licence`),
      evidence,
      remedy: msg(
        'Catat lisensi yang berlaku (nomor dan masa berlaku) pada profil pegawai',
        "Record the valid licence (number and validity) on the employee's profile",
      ),
    };
  },
});
