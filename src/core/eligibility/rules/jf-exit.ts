import { defineRule, FAIL, msg, PASS } from '../rule.js';

/**
 * Leaving a JF for a pelaksana post changes the kind of position; it is not a demotion in the
 * PP 94/2021 sense (that is a disciplinary penalty), so it is a lateral move with its own warning:
 * the person leaves their functional career and its allowance (DOMAIN.md 15.2).
 * @example jfExit.check(pairOfNurseToClerkPost, ctx, {}) // FAIL (a warning by default)
 */
export const jfExit = defineRule({
  code: 'R-JF-KELUAR',
  title: msg('Keluar dari jabatan fungsional', 'Leaving a functional post'),
  postSignature: (p) => p.post.position.grade.kind,
  check: ({ c, p, isStay }) =>
    !isStay && c.current?.grade.kind === 'JF' && p.post.position.grade.kind === 'PELAKSANA' ? FAIL : PASS,
  explain: (_pair, _ctx, _params, verdict) => ({
    message:
      verdict === FAIL
        ? msg(
            'Dari JF ke jabatan pelaksana: perpindahan setara (bukan penurunan jabatan), karier fungsional dan tunjangannya berakhir',
            'From a JF to a pelaksana post: a lateral move (not a demotion); the functional career and its allowance end',
          )
        : msg('Tidak keluar dari jabatan fungsional', 'Not leaving a functional post'),
    evidence: {},
  }),
});
