import { defineRule, FAIL, msg, PASS } from '../rule.js';

/**
 * Entering a JF from another post (perpindahan dari jabatan lain) asks for the JF's qualification,
 * a competency test (uji kompetensi) and experience in the field (PermenPANRB 1/2023; DOMAIN.md
 * 15.2). The qualification is checked by the education and profession rules; this rule flags the
 * competency test for the board. A move within the same JF family is no entry.
 * @example jfEntry.check(pairOfClerkToNursePost, ctx, {}) // FAIL (a warning by default)
 */
export const jfEntry = defineRule({
  code: 'R-JF-ENTRY',
  title: msg('Perpindahan dari jabatan lain ke JF', 'Entering a functional post from another post'),
  postSignature: (p) => (p.post.position.grade.kind === 'JF' ? `JF|${p.family}` : ''),
  check: ({ c, p, isStay }) => {
    if (isStay || p.post.position.grade.kind !== 'JF' || c.current === null) return PASS;
    return c.current.grade.kind !== 'JF' || c.current.family !== p.family ? FAIL : PASS;
  },
  explain: ({ c, p }, _ctx, _params, verdict) => ({
    message:
      verdict === FAIL
        ? msg(
            `Masuk JF ${p.post.position.name} dari jabatan lain: wajib uji kompetensi JF dan kualifikasi pendidikannya`,
            `Entering JF ${p.post.position.name} from another post: the JF's competency test and qualification are required`,
          )
        : msg('Bukan perpindahan dari jabatan lain ke JF', 'Not an entry into a JF from another post'),
    evidence: { fromKind: c.current?.grade.kind ?? null, toKind: p.post.position.grade.kind },
    remedy: msg(
      'Jadwalkan uji kompetensi JF sebelum pelantikan',
      'Schedule the JF competency test before installation',
    ),
  }),
});
