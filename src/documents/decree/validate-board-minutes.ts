import type { FieldIssue } from '../../core/errors.js';
import { normalizeNip } from '../../core/model/nip.js';
import type { BoardMinutesDocument, BoardRole } from './decree-document.js';
import {
  duplicateNips,
  nonEmptyList,
  requiredText,
  throwIssues,
  validDate,
  validGolongan,
  validNip,
  validPaper,
} from './document-issues.js';
import { letterheadIssues, usableDate } from './validate-decree.js';

const ROLES: readonly BoardRole[] = ['CHAIR', 'SECRETARY', 'MEMBER'];
const DECISIONS = ['AGREE', 'DISAGREE', 'DEFER'];

/**
 * Refuses minutes that would not stand as a record of the session: no members, no chair, a
 * candidate without a valid NIP or decision, a conflict declaration by someone not on the board or
 * about someone not on the agenda. Throws one DomainError naming the first field.
 */
export function assertBoardMinutesValid(m: BoardMinutesDocument): void {
  const asOf = usableDate(m.date);
  const issues: FieldIssue[] = [
    ...validPaper(m.paper),
    ...letterheadIssues(m.letterhead),
    ...requiredText('boardName', m.boardName, { id: 'Nama tim', en: 'The board name' }),
    ...requiredText('sessionNumber', m.sessionNumber, { id: 'Nomor berita acara', en: 'The session number' }),
    ...validDate('date', m.date),
    ...requiredText('place', m.place, { id: 'Tempat sidang', en: 'The session place' }),
    ...nonEmptyList('members', m.members, 'REQUIRED', { id: 'Anggota tim', en: 'The board members' }),
    ...nonEmptyList('agenda', m.agenda, 'REQUIRED', { id: 'Acara sidang', en: 'The agenda' }),
    ...nonEmptyList('candidates', m.candidates, 'REQUIRED', { id: 'Daftar calon', en: 'The candidates' }),
  ];
  const members = m.members ?? [];
  members.forEach((member, i) => {
    issues.push(
      ...requiredText(`members.${i}.name`, member.name, { id: 'Nama anggota', en: "The member's name" }),
    );
    issues.push(
      ...requiredText(`members.${i}.position`, member.position, {
        id: 'Jabatan anggota',
        en: "The member's position",
      }),
    );
    if (!ROLES.includes(member.role)) issues.push(invalid(`members.${i}.role`, member.role, 'BOARD_ROLE'));
  });
  if (members.length > 0 && members.filter((x) => x.role === 'CHAIR').length !== 1) {
    issues.push({
      field: 'members',
      value: members.filter((x) => x.role === 'CHAIR').map((x) => x.name),
      code: 'VALIDATION_FAILED',
      rule: 'BOARD_ONE_CHAIR',
      message: { id: 'Tim harus memiliki tepat satu ketua', en: 'The board must have exactly one chair' },
    });
  }
  const candidates = m.candidates ?? [];
  candidates.forEach((c, i) => {
    const f = `candidates.${i}`;
    issues.push(...validNip(`${f}.nip`, c.nip, asOf));
    issues.push(...requiredText(`${f}.name`, c.name, { id: 'Nama calon', en: "The candidate's name" }));
    issues.push(...validGolongan(`${f}.golongan`, c.golongan));
    issues.push(
      ...requiredText(`${f}.proposedPosition`, c.proposedPosition, {
        id: 'Jabatan usulan',
        en: 'The proposed position',
      }),
    );
    if (!DECISIONS.includes(c.decision)) issues.push(invalid(`${f}.decision`, c.decision, 'BOARD_DECISION'));
  });
  issues.push(
    ...duplicateNips(
      'candidates',
      candidates.map((c) => String(c.nip)),
    ),
  );
  const names = new Set(members.map((x) => x.name));
  const nips = new Set(candidates.map((c) => normalizeNip(String(c.nip))));
  (m.conflictDeclarations ?? []).forEach((d, i) => {
    const f = `conflictDeclarations.${i}`;
    if (!names.has(d.memberName)) issues.push(invalid(`${f}.memberName`, d.memberName, 'CONFLICT_BY_MEMBER'));
    issues.push(...requiredText(`${f}.statement`, d.statement, { id: 'Pernyataan', en: 'The statement' }));
    if (d.hasConflict && !(d.candidateNip && nips.has(normalizeNip(d.candidateNip)))) {
      issues.push(invalid(`${f}.candidateNip`, d.candidateNip, 'CONFLICT_ABOUT_CANDIDATE'));
    }
  });
  throwIssues(issues);
}

const RULE_TEXT: Record<string, { id: string; en: string }> = {
  BOARD_ROLE: {
    id: 'kedudukan harus ketua, sekretaris atau anggota',
    en: 'role must be chair, secretary or member',
  },
  BOARD_DECISION: {
    id: 'keputusan harus setuju, tidak setuju atau ditunda',
    en: 'decision must be agree, disagree or defer',
  },
  CONFLICT_BY_MEMBER: {
    id: 'pernyataan harus dibuat oleh anggota tim',
    en: 'the declaration must be made by a board member',
  },
  CONFLICT_ABOUT_CANDIDATE: {
    id: 'konflik kepentingan harus menyebut NIP calon yang dibahas',
    en: 'a conflict of interest must name the NIP of a candidate on the agenda',
  },
};

function invalid(field: string, value: unknown, rule: keyof typeof RULE_TEXT & string): FieldIssue {
  const text = RULE_TEXT[rule]!;
  return {
    field,
    value,
    code: 'VALIDATION_FAILED',
    rule,
    message: { id: `${field} tidak valid: ${text.id}`, en: `${field} is invalid: ${text.en}` },
  };
}
