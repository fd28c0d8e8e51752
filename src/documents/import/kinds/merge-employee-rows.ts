import type { Education } from '../../../core/model/education.js';
import type { GolonganCode } from '../../../core/model/golongan.js';
import type { LocalDate } from '../../../core/model/local-date.js';
import { type ImportProblem, problem } from '../problem.js';
import type { EmployeeRow, PostReference } from './employee-rows.js';

type Identity = Omit<EmployeeRow, 'row' | 'rank' | 'post' | 'education'>;

/** One person gathered from all their rows: identity and histories, oldest first. */
export interface ImportedEmployee {
  readonly rows: readonly number[];
  readonly identity: Identity;
  readonly rankHistory: readonly { readonly golongan: GolonganCode; readonly tmt: LocalDate }[];
  readonly posts: readonly (PostReference & { readonly row: number })[];
  readonly education: readonly Education[];
}

const IDENTITY_KEYS = ['name', 'frontTitle', 'backTitle', 'birthPlace', 'employmentType', 'status'] as const;

type Post = PostReference & { row: number };

/** The histories of a person seen on more than one row. */
interface Histories {
  ranks: Map<LocalDate, GolonganCode>;
  posts: Map<string, Post>;
  education: Map<string, Education>;
}

/**
 * One person while the file is read. Most files list a person once, so the first row's entries are
 * kept as they are and the maps are made only when a second row arrives: a 100,000-person file then
 * holds one small record per person instead of three maps each.
 */
interface Gathering {
  rows: number[];
  identity: Identity;
  rank: { golongan: GolonganCode; tmt: LocalDate } | null;
  post: Post | null;
  education: Education | null;
  more: Histories | null;
}

function histories(g: Gathering): Histories {
  g.more ??= {
    ranks: new Map(g.rank ? [[g.rank.tmt, g.rank.golongan]] : []),
    posts: new Map(g.post ? [[`${g.post.tmt}|${postKey(g.post)}`, g.post]] : []),
    education: new Map(g.education ? [[educationKey(g.education), g.education]] : []),
  };
  return g.more;
}

const postKey = (p: PostReference) => `${p.positionCode ?? ''}|${p.positionName ?? ''}|${p.unit ?? ''}`;

/**
 * Gathers employee rows by NIP. A file may list a person once (current rank, post, education) or
 * once per history entry (SIASN "riwayat" exports): identity columns must then agree, two ranks may
 * not share a TMT, and repeated entries count once (posts are checked once resolved).
 */
export class EmployeeRowMerger {
  private readonly byNip = new Map<string, Gathering>();

  add(row: EmployeeRow): ImportProblem[] {
    const found = this.byNip.get(row.nip);
    const { row: n, rank, post, education, ...identity } = row;
    if (!found) {
      this.byNip.set(row.nip, {
        rows: [n],
        identity,
        rank,
        post: post ? { ...post, row: n } : null,
        education,
        more: null,
      });
      return [];
    }
    const problems: ImportProblem[] = [];
    found.rows.push(n);
    const more = histories(found);
    for (const key of IDENTITY_KEYS) {
      if (identity[key] !== found.identity[key]) {
        problems.push(
          problem(
            { row: n, column: key },
            'IDENTITY_CONFLICT',
            identity[key],
            `NIP ${row.nip} muncul lagi dengan ${key} berbeda ("${identity[key]}" vs "${found.identity[key]}", baris ${found.rows[0]})`,
            `NIP ${row.nip} appears again with a different ${key} ("${identity[key]}" vs "${found.identity[key]}", row ${found.rows[0]})`,
          ),
        );
      }
    }
    if (rank) {
      const other = more.ranks.get(rank.tmt);
      if (other !== undefined && other !== rank.golongan) {
        problems.push(
          problem(
            { row: n, column: 'TMT GOL' },
            'RANK_CONFLICT',
            rank.tmt,
            `Dua golongan berbeda dengan TMT ${rank.tmt}`,
            `Two different golongan with TMT ${rank.tmt}`,
          ),
        );
      } else more.ranks.set(rank.tmt, rank.golongan);
    }
    // Posts are compared once resolved (a unit may be named by code on one row, by name on another).
    if (post && !more.posts.has(`${post.tmt}|${postKey(post)}`)) {
      more.posts.set(`${post.tmt}|${postKey(post)}`, { ...post, row: n });
    }
    if (education) more.education.set(educationKey(education), education);
    return problems;
  }

  get size(): number {
    return this.byNip.size;
  }

  /** Everyone gathered, in the order their first row appeared. */
  *employees(): Generator<ImportedEmployee> {
    for (const g of this.byNip.values()) {
      const more = g.more;
      yield more
        ? {
            rows: g.rows,
            identity: g.identity,
            rankHistory: [...more.ranks].map(([tmt, golongan]) => ({ golongan, tmt })).sort(byTmt),
            posts: [...more.posts.values()].sort(byTmt),
            education: [...more.education.values()].sort((a, b) => a.graduationYear - b.graduationYear),
          }
        : {
            rows: g.rows,
            identity: g.identity,
            rankHistory: g.rank ? [g.rank] : [],
            posts: g.post ? [g.post] : [],
            education: g.education ? [g.education] : [],
          };
    }
  }
}

const byTmt = (a: { tmt: LocalDate }, b: { tmt: LocalDate }) => (a.tmt < b.tmt ? -1 : a.tmt > b.tmt ? 1 : 0);
const educationKey = (e: Education) => `${e.level}|${e.major}|${e.graduationYear}`;
