import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { buildDecreeText, SIBOLGA_LETTERHEAD } from './build-decree-text.js';
import type { BoardMinutesDocument, DecreeDocument, DecreeRow, Signatory } from './decree-document.js';

/**
 * A fictional SK of Kota Sibolga for the sample script and the tests: every name and NIP is made up
 * (the NIPs follow the DOMAIN.md 4 layout so they pass validation). Deterministic in `count`.
 */

const FAMILY = [
  'Hutagalung',
  'Sitompul',
  'Pasaribu',
  'Simatupang',
  'Tanjung',
  'Nasution',
  'Harahap',
  'Zebua',
];
const GIVEN = ['Rina', 'Budi', 'Sari', 'Togar', 'Maria', 'Fauzi', 'Lestari', 'Dedi', 'Yanti', 'Hendra'];
const POSITIONS = [
  ['Analis Sumber Daya Manusia Aparatur', 'Bidang Mutasi, Badan Kepegawaian Daerah'],
  ['Penata Laporan Keuangan', 'Sekretariat, Dinas Kesehatan'],
  ['Pengadministrasi Perkantoran', 'Kelurahan Pancuran Gerobak, Kecamatan Sibolga Kota'],
  ['Pranata Komputer Ahli Pertama', 'Dinas Komunikasi dan Informatika'],
  ['Kepala Subbagian Umum dan Kepegawaian', 'Sekretariat, Dinas Perikanan'],
] as const;
const GOLONGAN: readonly GolonganCode[] = [23, 31, 32, 33, 34, 41];

export const SAMPLE_WALI_KOTA: Signatory = {
  title: 'WALI KOTA SIBOLGA',
  name: 'Drs. Halomoan Situmeang, M.Si.',
};

export const SAMPLE_SEKDA: Signatory = {
  title: 'a.n. WALI KOTA SIBOLGA',
  office: 'Sekretaris Daerah',
  name: 'Herman Suwito',
  golongan: 42,
  nip: '197003152000031004',
};

/** A valid-looking PNS NIP: born in 1975-1994, TMT CPNS at 25, gender by parity, sequence 1-999. */
export function sampleNip(i: number): string {
  const year = 1975 + (i % 20);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${year}${pad(month, 2)}${pad(day, 2)}${year + 25}${pad(1 + ((i * 5) % 12), 2)}${1 + (i % 2)}${pad(1 + (i % 999), 3)}`;
}

export function sampleRow(i: number): DecreeRow {
  const [oldPosition, oldUnit] = POSITIONS[i % POSITIONS.length]!;
  const [newPosition, newUnit] = POSITIONS[(i + 2) % POSITIONS.length]!;
  return {
    nip: sampleNip(i),
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 3) % FAMILY.length]}`,
    golongan: GOLONGAN[i % GOLONGAN.length]!,
    oldPosition,
    oldUnit,
    newPosition,
    newUnit,
    tmt: '2026-12-01' as LocalDate,
  };
}

export function sampleDecree(count: number, overrides: Partial<DecreeDocument> = {}): DecreeDocument {
  return {
    letterhead: SIBOLGA_LETTERHEAD,
    number: '800.1.3.3/123/BKPSDM/2026',
    ...buildDecreeText({ boardMinutes: { number: '800.1.3/07/TPK/2026', date: '2026-11-20' as LocalDate } }),
    rows: Array.from({ length: count }, (_, i) => sampleRow(i)),
    place: 'Sibolga',
    date: '2026-11-28' as LocalDate,
    signatory: SAMPLE_WALI_KOTA,
    ...overrides,
  };
}

export function sampleBoardMinutes(overrides: Partial<BoardMinutesDocument> = {}): BoardMinutesDocument {
  const rows = [0, 1, 2].map(sampleRow);
  return {
    letterhead: SIBOLGA_LETTERHEAD,
    boardName: 'Tim Penilai Kinerja Pegawai Negeri Sipil Kota Sibolga',
    sessionNumber: '800.1.3/07/TPK/2026',
    date: '2026-11-20' as LocalDate,
    time: '09.00 WIB',
    place: 'Ruang Rapat Sekretariat Daerah Kota Sibolga',
    members: [
      { name: 'Herman Suwito', position: 'Sekretaris Daerah', role: 'CHAIR', present: true },
      {
        name: 'Rosmawati Siregar',
        position: 'Kepala Badan Kepegawaian Daerah',
        role: 'SECRETARY',
        present: true,
      },
      { name: 'Darwin Lubis', position: 'Inspektur', role: 'MEMBER', present: true },
      {
        name: 'Ahmad Pohan',
        position: 'Asisten Administrasi Umum',
        role: 'MEMBER',
        present: false,
        absenceNote: 'dinas luar',
      },
      { name: 'Nurhayati Pasaribu', position: 'Kepala Bagian Organisasi', role: 'MEMBER', present: true },
    ],
    agenda: ['Pembahasan usulan mutasi USL-2026-0007', 'Pernyataan konflik kepentingan anggota tim'],
    candidates: rows.map((r, i) => ({
      nip: r.nip,
      name: r.name,
      golongan: r.golongan,
      currentPosition: r.oldPosition,
      currentUnit: r.oldUnit,
      proposedPosition: r.newPosition,
      proposedUnit: r.newUnit,
      proposalRef: 'USL-2026-0007',
      moveKind: 'Antar-OPD',
      decision: (['AGREE', 'DISAGREE', 'DEFER'] as const)[i]!,
      notes: [
        'Memenuhi masa jabatan minimal 2 tahun',
        'Kompetensi teknis belum sesuai standar jabatan',
        'Menunggu hasil uji kompetensi',
      ][i]!,
    })),
    conflictDeclarations: [
      {
        memberName: 'Herman Suwito',
        hasConflict: false,
        statement: 'Tidak memiliki konflik kepentingan',
        recused: false,
      },
      {
        memberName: 'Darwin Lubis',
        hasConflict: true,
        candidateNip: rows[1]!.nip,
        statement: 'Memiliki hubungan keluarga sedarah dengan calon',
        recused: true,
      },
    ],
    ...overrides,
  };
}
