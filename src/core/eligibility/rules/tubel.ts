import { compareDates } from '../../model/local-date.js';
import { defineRule, FAIL, msg, PASS } from '../rule.js';

/**
 * A PNS on study leave (tugas belajar) or under a service bond (ikatan dinas) cannot be moved
 * (Perban BKN 5/2019 Pasal 3; DOMAIN.md 1.5 item 8).
 * @example tubel.check(pairOfStudent, ctx, {}) // FAIL
 */
export const tubel = defineRule({
  code: 'R-TUBEL',
  title: msg('Tidak sedang tugas belajar atau ikatan dinas', 'Not on study leave or under a service bond'),
  postSignature: () => '',
  check: ({ c, isStay }) => {
    if (isStay) return PASS;
    if (c.candidate.employee.status === 'TUGAS_BELAJAR') return FAIL;
    const bond = c.candidate.serviceBondUntil;
    return bond && compareDates(bond, c.asOf) >= 0 ? FAIL : PASS;
  },
  explain: ({ c }, _ctx, _params, verdict) => {
    const bond = c.candidate.serviceBondUntil ?? null;
    const onLeave = c.candidate.employee.status === 'TUGAS_BELAJAR';
    if (verdict !== FAIL) {
      return {
        message: msg('Tidak sedang tugas belajar atau ikatan dinas', 'Not on study leave or under a bond'),
        evidence: { status: c.candidate.employee.status, serviceBondUntil: bond },
      };
    }
    return {
      message: onLeave
        ? msg('Sedang tugas belajar: tidak dapat dimutasi', 'On study leave: cannot be transferred')
        : msg(
            `Masih terikat ikatan dinas sampai ${bond}: tidak dapat dimutasi`,
            `Under a service bond until ${bond}: cannot be transferred`,
          ),
      evidence: { status: c.candidate.employee.status, serviceBondUntil: bond },
    };
  },
});
