/**
 * Roles of Penata's users. A user has exactly one role; an OPD head is scoped to their units and an
 * employee to themself (the scope travels with the principal, see `Principal`).
 */
export const ROLES = [
  'BKPSDM_OPERATOR',
  'BKPSDM_HEAD',
  'REVIEW_BOARD',
  'PPK',
  'OPD_HEAD',
  'EMPLOYEE',
  'AUDITOR',
] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in caller as the policies see it. */
export type Principal =
  | {
      readonly userId: number;
      readonly instansiId: number;
      readonly role: Exclude<Role, 'OPD_HEAD' | 'EMPLOYEE'>;
    }
  | {
      readonly userId: number;
      readonly instansiId: number;
      readonly role: 'OPD_HEAD';
      readonly unitIds: readonly number[];
    }
  | {
      readonly userId: number;
      readonly instansiId: number;
      readonly role: 'EMPLOYEE';
      readonly employeeId: number;
    };

export const ROLE_LABELS: Readonly<Record<Role, { id: string; en: string }>> = {
  BKPSDM_OPERATOR: { id: 'Operator BKPSDM', en: 'BKPSDM operator' },
  BKPSDM_HEAD: { id: 'Kepala BKPSDM', en: 'Head of BKPSDM' },
  REVIEW_BOARD: { id: 'Anggota TPK/Baperjakat', en: 'Review board member' },
  PPK: { id: 'PPK (Wali Kota)', en: 'PPK (Mayor)' },
  OPD_HEAD: { id: 'Kepala OPD', en: 'Head of OPD' },
  EMPLOYEE: { id: 'Pegawai', en: 'Employee' },
  AUDITOR: { id: 'Auditor', en: 'Auditor' },
};
