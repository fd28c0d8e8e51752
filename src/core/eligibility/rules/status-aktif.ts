import { defineRule, FAIL, msg, PASS } from '../rule.js';

const STATUS_TEXT = {
  ACTIVE: msg('aktif', 'active'),
  LEAVE: msg('cuti', 'on leave'),
  TUGAS_BELAJAR: msg('tugas belajar', 'on study leave'),
  SUSPENDED: msg('dibebaskan sementara dari tugas', 'suspended from duty'),
  RETIRED: msg('pensiun', 'retired'),
} as const;

/**
 * Only a PNS in service can be moved: a retired employee, or one relieved of duty during a heavy
 * disciplinary examination (PP 94/2021; DOMAIN.md 6.3), cannot. Which statuses block is a setting.
 * @example statusAktif.check(pair, ctx, { blockedStatuses: ['RETIRED'] }) // FAIL for a retired PNS
 */
export const statusAktif = defineRule({
  code: 'R-STATUS-AKTIF',
  title: msg('Pegawai dalam status aktif', 'Employee is in service'),
  postSignature: () => '',
  check: ({ c, isStay }, _ctx, params) =>
    !isStay && params.blockedStatuses.includes(c.candidate.employee.status) ? FAIL : PASS,
  explain: ({ c }, _ctx, _params, verdict) => {
    const s = STATUS_TEXT[c.candidate.employee.status];
    return {
      message:
        verdict === FAIL
          ? msg(`Status pegawai ${s.id}: tidak dapat dimutasi`, `Employee is ${s.en}: cannot be transferred`)
          : msg(`Status pegawai ${s.id}`, `Employee is ${s.en}`),
      evidence: { status: c.candidate.employee.status },
    };
  },
});
