import type { EmployeeDraft, UserDraft } from '../core/model/drafts.js';
import { fullName } from '../core/model/employee.js';
import type { Role } from '../core/policies/roles.js';

/** Password of every demo account (demo mode only; the service hashes it). */
export const DEMO_PASSWORD = 'sibolga2026';

export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  /** What the account is for, in Indonesian (shown on the demo sign-in page). */
  readonly description: string;
}

/** One account per role (three for the review board), each telling part of the mutation story. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'operator',
    role: 'BKPSDM_OPERATOR',
    description:
      'Operator BKPSDM: mengelola data pegawai dan formasi jabatan, menyusun usulan dan rencana mutasi.',
  },
  {
    username: 'kepala.bkpsdm',
    role: 'BKPSDM_HEAD',
    description: 'Kepala BKPSDM: memeriksa usulan mutasi dan meneruskannya ke Tim Penilai Kinerja (TPK).',
  },
  {
    username: 'tpk',
    role: 'REVIEW_BOARD',
    description:
      'Ketua TPK (Sekretaris Daerah): memimpin sidang, mencatat kehadiran dan keputusan, dan menandatangani berita acara.',
  },
  {
    username: 'tpk2',
    role: 'REVIEW_BOARD',
    description:
      'Sekretaris TPK (Asisten Pemerintahan dan Kesejahteraan Rakyat): mencatat kehadiran, keputusan dan berita acara sidang.',
  },
  {
    username: 'tpk3',
    role: 'REVIEW_BOARD',
    description:
      'Anggota TPK (Inspektur): menyatakan konflik kepentingannya sendiri dan memastikan calon bebas temuan dan hukuman disiplin.',
  },
  {
    username: 'walikota',
    role: 'PPK',
    description:
      'Wali Kota Sibolga selaku Pejabat Pembina Kepegawaian (PPK): menetapkan dan menandatangani keputusan mutasi.',
  },
  {
    username: 'kadis.kesehatan',
    role: 'OPD_HEAD',
    description:
      'Kepala Dinas Kesehatan: melihat pegawai dan mengusulkan mutasi di Dinas Kesehatan, puskesmas dan RSUD.',
  },
  {
    username: 'kadis.pendidikan',
    role: 'OPD_HEAD',
    description:
      'Kepala Dinas Pendidikan: melihat pegawai dan mengusulkan mutasi di Dinas Pendidikan dan sekolah negeri.',
  },
  {
    username: 'pegawai',
    role: 'EMPLOYEE',
    description:
      'Pegawai: lulusan S1 Keperawatan yang bertugas sebagai pelaksana di Dinas Perhubungan; melihat data dan riwayatnya sendiri.',
  },
  {
    username: 'auditor',
    role: 'AUDITOR',
    description: 'Auditor: membaca jejak audit dan laporan kepatuhan sistem merit (hanya baca).',
  },
];

/**
 * The demo's Wali Kota: fictional like every demo person, because the demo's approvals and SKs would
 * otherwise carry a real official's name. The same name signs the demo's SKs (decree-signatories.ts).
 */
export const WALI_KOTA_NAME = 'Drs. Halomoan Situmeang, M.Si.';

/** Which post's holder lends their name to an account, and the fallback when the post is vacant. */
const ACCOUNT_HOLDERS: Readonly<
  Record<string, { positionCode: string | null; fallback: string; unitCodes?: readonly string[] }>
> = {
  operator: { positionCode: 'BKPSDM.BID-MUTASI/PL-KEPEGAWAIAN', fallback: 'Operator BKPSDM' },
  'kepala.bkpsdm': { positionCode: 'BKPSDM/KEPALA', fallback: 'Kepala BKPSDM' },
  tpk: { positionCode: 'SETDA/KEPALA', fallback: 'Sekretaris Daerah' },
  tpk2: { positionCode: 'SETDA/ASISTEN-1', fallback: 'Asisten Pemerintahan dan Kesejahteraan Rakyat' },
  tpk3: { positionCode: 'INSPEKTORAT/KEPALA', fallback: 'Inspektur' },
  walikota: { positionCode: null, fallback: WALI_KOTA_NAME },
  'kadis.kesehatan': {
    positionCode: 'DINKES/KEPALA',
    fallback: 'Kepala Dinas Kesehatan',
    unitCodes: ['DINKES'],
  },
  'kadis.pendidikan': {
    positionCode: 'DISDIK/KEPALA',
    fallback: 'Kepala Dinas Pendidikan',
    unitCodes: ['DISDIK'],
  },
  auditor: { positionCode: 'INSPEKTORAT.IRBAN-1/JF-AUDITOR-AHLI-MUDA', fallback: 'Auditor Inspektorat' },
};

/**
 * The demo users. Display names are those of the (fictional) holders of the matching posts, so the
 * story is consistent: `kadis.kesehatan` is the person who holds Kepala Dinas Kesehatan. `pegawai`
 * is linked to `storyEmployee`; the review board accounts are linked to the officials who hold
 * them, so a board session takes each member's name, NIP and office from the account.
 */
export function buildUsers(
  holders: ReadonlyMap<string, EmployeeDraft>,
  storyEmployee: EmployeeDraft,
): UserDraft[] {
  return DEMO_ACCOUNTS.map(({ username, role }) => {
    if (role === 'EMPLOYEE') {
      return {
        username,
        displayName: fullName(storyEmployee),
        role,
        employeeNip: storyEmployee.nip,
        unitCodes: [],
      };
    }
    const spec = ACCOUNT_HOLDERS[username];
    const holder = spec?.positionCode ? holders.get(spec.positionCode) : undefined;
    return {
      username,
      displayName: holder ? fullName(holder) : (spec?.fallback ?? username),
      role,
      employeeNip: role === 'REVIEW_BOARD' && holder ? holder.nip : null,
      unitCodes: spec?.unitCodes ?? [],
    };
  });
}
