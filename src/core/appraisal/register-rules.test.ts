import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import { checkInnovationTeam, checkParticipation } from './register-rules.js';

const d = (s: string) => s as LocalDate;
const A = '198609262015051001';
const B = '199001012019032002';

describe('checkInnovationTeam', () => {
  it('wants a lead and each person once', () => {
    expect(
      checkInnovationTeam([
        { nip: A, role: 'LEAD' },
        { nip: B, role: 'MEMBER' },
      ]),
    ).toEqual([]);
    expect(checkInnovationTeam([{ nip: A, role: 'MEMBER' }]).map((i) => i.rule)).toEqual([
      'TEAM_LEAD_REQUIRED',
    ]);
    const twice = checkInnovationTeam([
      { nip: A, role: 'LEAD' },
      { nip: B, role: 'MEMBER' },
      { nip: A, role: 'MEMBER' },
    ]);
    expect(twice).toEqual([expect.objectContaining({ field: 'members.2.nip', rule: 'MEMBER_DUPLICATE' })]);
  });
});

describe('checkParticipation', () => {
  const program = { startDate: d('2026-01-01'), endDate: d('2026-12-31') };
  const part = { startDate: d('2026-02-01'), endDate: d('2026-08-31'), hours: 48 };

  it('accepts a part inside the programme, also one that runs on', () => {
    expect(checkParticipation(part, program)).toEqual([]);
    expect(checkParticipation({ ...part, endDate: d('2030-01-01') }, { ...program, endDate: null })).toEqual(
      [],
    );
  });

  it('names the field and the rule of each problem', () => {
    const r = (v: Partial<typeof part>) =>
      checkParticipation({ ...part, ...v }, program).map((i) => [i.field, i.rule]);
    expect(r({ startDate: d('2025-12-01') })).toEqual([['startDate', 'WITHIN_PROGRAM']]);
    expect(r({ endDate: d('2027-01-01') })).toEqual([['endDate', 'WITHIN_PROGRAM']]);
    expect(r({ endDate: d('2026-01-15') })).toEqual([['endDate', 'DATE_ORDER']]);
    expect(r({ hours: -1 })).toEqual([['hours', 'HOURS_NON_NEGATIVE']]);
  });
});
