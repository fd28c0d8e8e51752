import type { PositionKind } from '../model/position.js';

/**
 * The groups of posts an SK's title speaks of (DOMAIN.md 2.1, 10.1): JPT, the structural posts
 * (administrator, pengawas), functional posts (JF) and pelaksana.
 */
export const DECREE_POST_GROUPS = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'JF', 'PELAKSANA'] as const;
export type DecreePostGroup = (typeof DECREE_POST_GROUPS)[number];

/**
 * What one SK decides, by the posts its moves go to: one kind of post gets that kind's title, and
 * several kinds get the general title (one SK per proposal, ARCHITECTURE.md "Decisions").
 */
export const DECREE_SCOPES = [
  'JPT',
  'ADMINISTRATOR',
  'PENGAWAS',
  'ADMINISTRATOR_PENGAWAS',
  'JF',
  'PELAKSANA',
  'MIXED',
] as const;
export type DecreeScope = (typeof DECREE_SCOPES)[number];

export interface DecreeTitle {
  readonly scope: DecreeScope;
  /** The words after `TENTANG`, in capitals as printed. */
  readonly subject: string;
  /** How many moves go into each group of posts (the check shows them next to the title). */
  readonly counts: Readonly<Record<DecreePostGroup, number>>;
}

/** Where the SK applies; Penata's first user is Kota Sibolga. */
export const SIBOLGA_AREA = 'DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA';

const SUBJECT_OF: Readonly<Record<DecreeScope, string>> = {
  JPT: 'PENGANGKATAN DALAM JABATAN PIMPINAN TINGGI PRATAMA',
  ADMINISTRATOR: 'PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN ADMINISTRATOR',
  PENGAWAS: 'PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN PENGAWAS',
  ADMINISTRATOR_PENGAWAS: 'PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN ADMINISTRATOR DAN JABATAN PENGAWAS',
  JF: 'PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN FUNGSIONAL',
  PELAKSANA: 'PEMINDAHAN DAN PENEMPATAN PEGAWAI NEGERI SIPIL DALAM JABATAN PELAKSANA',
  // Mutasi covers transfers, placements and appointments alike (Perban BKN 5/2019).
  MIXED: 'MUTASI PEGAWAI NEGERI SIPIL',
};

/**
 * The group of a kind of post.
 * @example postGroupOf('JPT_PRATAMA') // 'JPT'
 */
export function postGroupOf(kind: PositionKind): DecreePostGroup {
  if (kind === 'JPT_UTAMA' || kind === 'JPT_MADYA' || kind === 'JPT_PRATAMA') return 'JPT';
  return kind;
}

/**
 * The SK's title from the kinds of the posts its moves go to (one entry per move): an SK that
 * moves drivers and school guards is not about "Jabatan Administrator dan Jabatan Pengawas".
 * Administrators and pengawas share the structural title; any other mix gets the general one.
 * @example decreeTitleOf(['PELAKSANA', 'PELAKSANA']).subject
 *   // 'PEMINDAHAN DAN PENEMPATAN PEGAWAI NEGERI SIPIL DALAM JABATAN PELAKSANA DI LINGKUNGAN PEMERINTAH KOTA SIBOLGA'
 * @example decreeTitleOf(['JF', 'PELAKSANA', 'PENGAWAS']).scope // 'MIXED'
 */
export function decreeTitleOf(kinds: readonly PositionKind[], area = SIBOLGA_AREA): DecreeTitle {
  const counts: Record<DecreePostGroup, number> = {
    JPT: 0,
    ADMINISTRATOR: 0,
    PENGAWAS: 0,
    JF: 0,
    PELAKSANA: 0,
  };
  for (const kind of kinds) counts[postGroupOf(kind)] += 1;
  const present = DECREE_POST_GROUPS.filter((g) => counts[g] > 0);
  const scope = scopeOf(present);
  return { scope, subject: `${SUBJECT_OF[scope]} ${area}`, counts };
}

function scopeOf(groups: readonly DecreePostGroup[]): DecreeScope {
  if (groups.length === 1) return groups[0]!;
  if (groups.length === 2 && groups.includes('ADMINISTRATOR') && groups.includes('PENGAWAS')) {
    return 'ADMINISTRATOR_PENGAWAS';
  }
  // No move at all is refused by the check (nothing to decree); its title does not matter.
  return 'MIXED';
}
