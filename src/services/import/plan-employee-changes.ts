import type { EmployeeDraft } from '../../core/model/drafts.js';
import type { Education } from '../../core/model/education.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import { addDays, type LocalDate } from '../../core/model/local-date.js';
import type { ImportedEmployee } from '../../documents/import/kinds/merge-employee-rows.js';
import type { ExistingEmployee } from '../../store/repositories/import-employee-snapshot.js';

export interface ResolvedPost {
  readonly positionId: number;
  readonly positionCode: string;
  readonly startDate: LocalDate;
}

const IDENTITY = ['name', 'frontTitle', 'backTitle', 'birthPlace', 'employmentType', 'status'] as const;
type IdentityKey = (typeof IDENTITY)[number];

/** What an import changes for one stored employee; empty lists and no identity keys = unchanged. */
export interface EmployeeUpdate {
  readonly existing: ExistingEmployee;
  readonly identity: Partial<Record<IdentityKey, string | null>>;
  readonly addRanks: readonly { readonly golongan: GolonganCode; readonly tmt: LocalDate }[];
  readonly fixRanks: readonly { readonly id: number; readonly golongan: GolonganCode }[];
  readonly addEducation: readonly Education[];
  readonly fixEducation: readonly {
    readonly id: number;
    readonly field: string;
    readonly institution: string;
  }[];
  readonly addPosts: readonly { positionId: number; startDate: LocalDate; endDate: LocalDate | null }[];
  readonly closePosts: readonly { readonly id: number; readonly endDate: LocalDate }[];
}

export const isNoChange = (u: EmployeeUpdate) =>
  Object.keys(u.identity).length === 0 &&
  u.addRanks.length + u.fixRanks.length + u.addEducation.length + u.fixEducation.length === 0 &&
  u.addPosts.length + u.closePosts.length === 0;

const NO_ENTRIES: readonly never[] = [];

/**
 * A new employee as a draft for `insertEmployees`. Built field by field in one pass: a
 * 100,000-person import makes one of these per person inside the write transaction.
 */
export function draftOf(e: ImportedEmployee, posts: readonly ResolvedPost[]): EmployeeDraft {
  const id = e.identity;
  const rankHistory = e.rankHistory.map((r) => ({ golongan: r.golongan, tmt: r.tmt, skNumber: null }));
  const positionHistory = posts.map((p, i) => ({
    positionCode: p.positionCode,
    startDate: p.startDate,
    // Each post ends the day before the next one starts; the last stays open.
    endDate: i + 1 < posts.length ? addDays(posts[i + 1]!.startDate, -1) : null,
    skNumber: null,
  }));
  return {
    nip: id.nip,
    name: id.name,
    frontTitle: id.frontTitle,
    backTitle: id.backTitle,
    gender: id.gender,
    birthDate: id.birthDate,
    birthPlace: id.birthPlace,
    employmentType: id.employmentType,
    status: id.status,
    tmtCpns: id.tmtCpns,
    rankHistory,
    education: e.education,
    positionHistory,
    competencyAssessments: NO_ENTRIES,
    trainings: NO_ENTRIES,
    disciplinaryCases: NO_ENTRIES,
    licences: NO_ENTRIES,
  };
}

const eduKey = (e: Pick<Education, 'level' | 'major' | 'graduationYear'>) =>
  `${e.level}|${e.major.toUpperCase()}|${e.graduationYear}`;

/**
 * Compares a file's employee with the stored one. Histories are merged, never shortened: entries
 * the file lacks stay (a file of current data must not erase careers); an entry with the same TMT
 * (rank) or the same level, major and year (education) but other values is corrected; a new post
 * closes the open one the day before it starts. Re-importing the same file therefore changes nothing.
 */
export function planEmployeeUpdate(
  e: ImportedEmployee,
  posts: readonly ResolvedPost[],
  existing: ExistingEmployee,
): EmployeeUpdate {
  const identity: Partial<Record<IdentityKey, string | null>> = {};
  for (const k of IDENTITY) if (e.identity[k] !== existing[k]) identity[k] = e.identity[k];

  const addRanks: { golongan: GolonganCode; tmt: LocalDate }[] = [];
  const fixRanks: { id: number; golongan: GolonganCode }[] = [];
  for (const r of e.rankHistory) {
    const same = existing.ranks.find((x) => x.tmt === r.tmt);
    if (!same) addRanks.push(r);
    else if (same.golongan !== r.golongan) fixRanks.push({ id: same.id, golongan: r.golongan });
  }

  const addEducation: Education[] = [];
  const fixEducation: { id: number; field: string; institution: string }[] = [];
  for (const ed of e.education) {
    const same = existing.education.find((x) => eduKey(x) === eduKey(ed));
    if (!same) addEducation.push(ed);
    else if (same.field !== ed.field || (ed.institution !== '' && same.institution !== ed.institution)) {
      fixEducation.push({ id: same.id, field: ed.field, institution: ed.institution || same.institution });
    }
  }

  const newPosts = posts.filter(
    (p) => !existing.posts.some((x) => x.positionId === p.positionId && x.startDate === p.startDate),
  );
  const timeline = [
    ...existing.posts.map((x) => ({
      id: x.id,
      positionId: x.positionId,
      startDate: x.startDate,
      endDate: x.endDate,
    })),
    ...newPosts.map((p) => ({ id: null, positionId: p.positionId, startDate: p.startDate, endDate: null })),
  ].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const addPosts: { positionId: number; startDate: LocalDate; endDate: LocalDate | null }[] = [];
  const closePosts: { id: number; endDate: LocalDate }[] = [];
  timeline.forEach((p, i) => {
    const next = timeline[i + 1];
    const endDate = p.endDate ?? (next ? addDays(next.startDate, -1) : null);
    if (p.id === null) addPosts.push({ positionId: p.positionId, startDate: p.startDate, endDate });
    else if (p.endDate === null && endDate !== null) closePosts.push({ id: p.id, endDate });
  });
  return { existing, identity, addRanks, fixRanks, addEducation, fixEducation, addPosts, closePosts };
}
