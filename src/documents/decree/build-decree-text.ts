import type { LocalDate } from '../../core/model/local-date.js';
import type { Letterhead } from './decree-document.js';
import { formatLongDate } from './indonesian-date.js';

/**
 * Default wording of a Keputusan Wali Kota Sibolga on transfers, following the structure of
 * DOMAIN.md 10.1 and the regulation stack of 1.1. Every piece is a default the caller may replace:
 * DOMAIN.md marks the template [S] and several citations [S]/[U] (flagged below), to be confirmed
 * by the Bagian Hukum before going live.
 */

export type DecreeKind = 'PEMINDAHAN' | 'ADMINISTRATOR_PENGAWAS' | 'JPT_PRATAMA';

export const DECREE_SUBJECTS: Readonly<Record<DecreeKind, string>> = {
  PEMINDAHAN: 'PEMINDAHAN DAN PENEMPATAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA',
  ADMINISTRATOR_PENGAWAS:
    'PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN ADMINISTRATOR DAN JABATAN PENGAWAS DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA',
  JPT_PRATAMA: 'PENGANGKATAN DALAM JABATAN PIMPINAN TINGGI PRATAMA DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA',
};

/** Configurable: the address of the Pemko office is not in DOMAIN.md (unverified, [U]). */
export const SIBOLGA_LETTERHEAD: Letterhead = {
  government: 'PEMERINTAH KOTA SIBOLGA',
  address: 'Jalan Sisingamangaraja Nomor 1, Sibolga, Provinsi Sumatera Utara',
};

export const SIBOLGA_ISSUER = 'WALI KOTA SIBOLGA';

/** Configurable: DOMAIN.md 11.1 gives UU 27/2024 as Sibolga's legal basis [S]. */
export const DEFAULT_CITY_LAW = 'Undang-Undang Nomor 27 Tahun 2024 tentang Kota Sibolga';

/** Configurable: the number of the Perda on Perangkat Daerah is unverified (DOMAIN.md 10.1, 14.10). */
export const DEFAULT_OPD_REGULATION =
  'Peraturan Daerah Kota Sibolga tentang Pembentukan dan Susunan Perangkat Daerah Kota Sibolga';

export interface DecreeTextOptions {
  readonly kind?: DecreeKind;
  /**
   * The words after `TENTANG`, replacing the kind's default: the workflow chooses them from the kinds
   * of posts in the SK (`decreeTitleOf`, core/workflow/decree-title.ts).
   */
  readonly subject?: string;
  /** Adds PP 94/2021 to the mengingat (a move that follows a disciplinary penalty). */
  readonly disciplinary?: boolean;
  readonly cityLaw?: string;
  readonly opdRegulation?: string;
  /** The review board's berita acara, cited under Memperhatikan and in the menimbang. */
  readonly boardMinutes?: { readonly number: string; readonly date: LocalDate };
  /** Extra Memperhatikan items, e.g. a BKN recommendation letter. */
  readonly observations?: readonly string[];
  /** Extra tembusan, inserted before the employee and the archive. */
  readonly extraCopiesTo?: readonly string[];
}

export interface DecreeText {
  readonly issuer: string;
  readonly subject: string;
  readonly considerations: readonly string[];
  readonly legalBases: readonly string[];
  readonly observations: readonly string[];
  readonly decisions: readonly string[];
  readonly copiesTo: readonly string[];
}

const BOARD = 'Tim Penilai Kinerja Pegawai Negeri Sipil Kota Sibolga';

/**
 * Builds the default konsiderans, diktum and tembusan of a transfer SK.
 * @example const text = buildDecreeText({ kind: 'PEMINDAHAN' }); // spread into a DecreeDocument
 */
export function buildDecreeText(options: DecreeTextOptions = {}): DecreeText {
  const subject = options.subject ?? DECREE_SUBJECTS[options.kind ?? 'PEMINDAHAN'];
  const minutes = options.boardMinutes;
  const considerations = [
    'bahwa dalam rangka kelancaran pelaksanaan tugas pemerintahan, pembangunan dan pelayanan kemasyarakatan, ' +
      'serta pengembangan karier Pegawai Negeri Sipil berdasarkan sistem merit di lingkungan Pemerintah Kota Sibolga, ' +
      'dipandang perlu melakukan pemindahan dan penempatan Pegawai Negeri Sipil;',
    `bahwa Pegawai Negeri Sipil yang namanya tercantum dalam Lampiran Keputusan ini telah mendapat pertimbangan ${BOARD}` +
      (minutes ? ` sebagaimana tercantum dalam Berita Acara Nomor ${minutes.number}` : '') +
      ' dan dipandang memenuhi syarat untuk dipindahkan dalam jabatan sebagaimana tercantum dalam Lampiran Keputusan ini;',
    'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan ' +
      `Keputusan Wali Kota Sibolga tentang ${titleCase(subject)};`,
  ];
  const legalBases = [
    // Order of DOMAIN.md 10.1: the city's own law, UU ASN, Pemda, Administrasi Pemerintahan, the PPs.
    options.cityLaw ?? DEFAULT_CITY_LAW,
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;',
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah ' +
      'terakhir dengan peraturan perundang-undangan yang berlaku;',
    'Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan;',
    'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah ' +
      'dengan Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 ' +
      'tentang Manajemen Pegawai Negeri Sipil;',
    ...(options.disciplinary
      ? ['Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;']
      : []),
    'Peraturan Badan Kepegawaian Negara Nomor 5 Tahun 2019 tentang Tata Cara Pelaksanaan Mutasi;',
    options.opdRegulation ?? DEFAULT_OPD_REGULATION,
  ].map(withSemicolon);
  legalBases[legalBases.length - 1] = legalBases[legalBases.length - 1]!.replace(/;$/, '.');
  const observations = [
    ...(minutes
      ? [`Berita Acara Sidang ${BOARD} Nomor ${minutes.number} tanggal ${formatLongDate(minutes.date)};`]
      : []),
    ...(options.observations ?? []).map(withSemicolon),
  ];
  const decisions = [
    'Memindahkan dan menempatkan Pegawai Negeri Sipil yang namanya tercantum dalam kolom 2 Lampiran Keputusan ini ' +
      'dari jabatan lama sebagaimana tercantum dalam kolom 4 ke jabatan baru sebagaimana tercantum dalam kolom 5, ' +
      'terhitung mulai tanggal sebagaimana tercantum dalam kolom 6.',
    'Kepada Pegawai Negeri Sipil sebagaimana dimaksud dalam Diktum KESATU diberikan penghasilan sesuai dengan ' +
      'ketentuan peraturan perundang-undangan.',
    'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja ' +
      'Daerah Kota Sibolga.',
    'Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat ' +
      'kekeliruan dalam Keputusan ini akan diadakan perbaikan sebagaimana mestinya.',
  ];
  const copiesTo = [
    'Kepala Badan Kepegawaian Negara di Jakarta;',
    'Kepala Kantor Regional VI Badan Kepegawaian Negara di Medan;',
    'Gubernur Sumatera Utara di Medan;',
    'Inspektur Kota Sibolga;',
    'Kepala Perangkat Daerah yang membidangi keuangan daerah Kota Sibolga;',
    'Kepala Perangkat Daerah yang membidangi kepegawaian Kota Sibolga;',
    'Kepala Perangkat Daerah terkait di lingkungan Pemerintah Kota Sibolga;',
    ...(options.extraCopiesTo ?? []).map(withSemicolon),
    'Pegawai Negeri Sipil yang bersangkutan;',
    'Arsip.',
  ];
  return { issuer: SIBOLGA_ISSUER, subject, considerations, legalBases, observations, decisions, copiesTo };
}

const SMALL_WORDS = new Set(['dan', 'di', 'dalam', 'tentang', 'atas', 'ke', 'dari', 'yang', 'pada']);

/**
 * Title case for an uppercase subject, keeping Indonesian conjunctions and prepositions small:
 * `PEMINDAHAN DAN PENEMPATAN` -> `Pemindahan dan Penempatan`.
 */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/**
 * The full title of an SK, as used for the PDF title and in lists.
 * @example decreeTitle('WALI KOTA SIBOLGA', '800/1/2026', 'MUTASI DI LINGKUNGAN KOTA')
 *   // 'Keputusan Wali Kota Sibolga Nomor 800/1/2026 tentang Mutasi di Lingkungan Kota'
 */
export function decreeTitle(issuer: string, number: string, subject: string): string {
  return `Keputusan ${titleCase(issuer)} Nomor ${number} tentang ${titleCase(subject)}`;
}

function withSemicolon(text: string): string {
  return /[;.]$/.test(text) ? text : `${text};`;
}
