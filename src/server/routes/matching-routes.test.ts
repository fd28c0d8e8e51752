import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { SCORE_COMPONENTS } from '../../core/matching/policy.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let ownNip: string;
let otherNip: string;
let outsideNip: string;
let healthPositionId: number;
let outsidePositionId: number;
let healthUnits: Set<number>;

const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who]! } : {} });

const eduOf = (m: { components: { component: string; value: number }[] }) =>
  m.components.find((c) => c.component === 'EDUCATION_RELEVANCE')!.value;
type PostRow = { id: number; unitId: number; family: string; name: string };
async function findPost(q: string, keep: (p: PostRow) => boolean): Promise<PostRow> {
  const items = (await get(`/api/positions?pageSize=200&q=${encodeURIComponent(q)}`, 'operator')).json()
    .items as PostRow[];
  const found = items.find(keep);
  if (!found) throw new Error(`no post for ${q}`);
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'kadis.kesehatan', 'pegawai', 'auditor']) cookies[u] = await t.signIn(u);
  ownNip = (await get('/api/auth/me', 'pegawai')).json().employeeNip;
  const scope = new Set<number>((await get('/api/auth/me', 'kadis.kesehatan')).json().unitIds);
  const people = (await get('/api/employees?pageSize=200', 'operator')).json().items as {
    nip: string;
    currentUnitId: number | null;
  }[];
  otherNip = people.find((e) => e.nip !== ownNip)!.nip;
  outsideNip = people.find((e) => e.currentUnitId !== null && !scope.has(e.currentUnitId))!.nip;
  const posts = (await get('/api/positions?pageSize=200', 'operator')).json().items as {
    id: number;
    unitId: number;
    family: string;
  }[];
  // Note: the health units are those the OPD head of Dinas Kesehatan oversees (Dinkes and its puskesmas).
  healthUnits = scope;
  healthPositionId = posts.find((p) => scope.has(p.unitId) && p.family.startsWith('HEALTH'))!.id;
  outsidePositionId = posts.find((p) => !scope.has(p.unitId))!.id;
});
afterAll(() => t.close());

describe('matching API: failures first', () => {
  it('401 without a session', async () => {
    expect((await get(`/api/employees/${ownNip}/matches`)).statusCode).toBe(401);
    expect((await get(`/api/positions/${healthPositionId}/candidates`)).statusCode).toBe(401);
    expect((await get(`/api/employees/${ownNip}/matches/${healthPositionId}`)).statusCode).toBe(401);
  });

  it("403 for an employee asking for someone else's matches or a candidate list", async () => {
    expect((await get(`/api/employees/${otherNip}/matches`, 'pegawai')).statusCode).toBe(403);
    expect((await get(`/api/employees/${otherNip}/matches/${healthPositionId}`, 'pegawai')).statusCode).toBe(
      403,
    );
    const res = await get(`/api/positions/${healthPositionId}/candidates`, 'pegawai');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('403 for an OPD head outside their units', async () => {
    expect((await get(`/api/employees/${outsideNip}/matches`, 'kadis.kesehatan')).statusCode).toBe(403);
    expect((await get(`/api/positions/${outsidePositionId}/candidates`, 'kadis.kesehatan')).statusCode).toBe(
      403,
    );
  });

  it('404 for an unknown employee or position', async () => {
    expect((await get('/api/employees/199001012020011999/matches', 'operator')).statusCode).toBe(404);
    expect((await get('/api/positions/999999/candidates', 'operator')).statusCode).toBe(404);
    expect((await get(`/api/employees/${ownNip}/matches/999999`, 'operator')).statusCode).toBe(404);
  });

  it('400 naming the parameter for top=0 or top=1000', async () => {
    for (const top of [0, 1000]) {
      const res = await get(`/api/employees/${ownNip}/matches?top=${top}`, 'operator');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('top');
      expect(
        (await get(`/api/positions/${healthPositionId}/candidates?top=${top}`, 'operator')).statusCode,
      ).toBe(400);
    }
  });
});

describe('matching API: happy path', () => {
  // The criterion, with the position family as the primary signal: the S1 Keperawatan nurse
  // working in Dishub gets education 100 only from health-family posts (a Perawat post), while a
  // clerk or driver post of Dinas Kesehatan, the RSUD or a puskesmas is only "related" (60).
  it("ranks the nurse's posts best first, with education 100 only where the post's family fits", async () => {
    const res = await get(`/api/employees/${ownNip}/matches?top=10`, 'pegawai');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.current.family.startsWith('HEALTH')).toBe(false);
    expect(body.current.unitName).not.toMatch(/Kesehatan|Puskesmas|RSUD|Rumah Sakit/);
    expect(body.matches.length).toBe(10);
    const scores = body.matches.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.matches[0].components.length).toBe(SCORE_COMPONENTS.length);
    // A licensed nurse working as a clerk: her best matches are nursing posts (DOMAIN.md 15.1, 15.5).
    for (const m of body.matches.slice(0, 3) as { positionName: string }[]) {
      expect(m.positionName).toMatch(/^Perawat /);
    }
    expect(body.blocked).toBeNull();
    expect(body.current?.isStay).toBe(true);
    for (const m of body.matches as { family: string; unitId: number }[]) {
      const edu = eduOf(m as never);
      if (!m.family.startsWith('HEALTH')) expect(edu).toBeLessThan(100);
      if (!m.family.startsWith('HEALTH') && healthUnits.has(m.unitId)) expect(edu).toBe(60);
    }
    // Her health education still lifts the posts of health units above the same posts elsewhere.
    expect(body.matches.some((m: { unitId: number }) => healthUnits.has(m.unitId))).toBe(true);
  });

  it('gives the nurse education 100 in a nursing post, and 60 in a driver post of a health unit', async () => {
    const nursing = await findPost('Perawat', (p) => p.name.startsWith('Perawat '));
    const driver = await findPost(
      'Pengemudi',
      (p) => p.name.startsWith('Pengemudi') && healthUnits.has(p.unitId),
    );
    const explain = async (id: number) =>
      (await get(`/api/employees/${ownNip}/matches/${id}`, 'pegawai')).json();
    const inNursing = await explain(nursing.id);
    const inDriver = await explain(driver.id);
    expect(eduOf(inNursing)).toBe(100);
    const reason = inNursing.components.find(
      (c: { component: string }) => c.component === 'EDUCATION_RELEVANCE',
    ).reason;
    expect(reason.id).toContain('Keperawatan');
    expect(reason.en).toContain('Nursing');
    expect(`${reason.id} ${reason.en}`).not.toContain('HEALTH_');
    expect(inNursing.eligibility.results.find((r: { code: string }) => r.code === 'R-EDU-FIELD').status).toBe(
      'PASS',
    );
    expect(eduOf(inDriver)).toBe(60);
  });

  it('lists the blocked posts with their reasons on request', async () => {
    const body = (await get(`/api/employees/${ownNip}/matches?top=5&includeBlocked=true`, 'operator')).json();
    expect(body.blocked.length).toBeGreaterThan(0);
    for (const b of body.blocked) {
      expect(b.status).toBe('BLOCKED');
      expect(b.blocking[0].code).toMatch(/^R-/);
      expect(b.blocking[0].citation.regulation).not.toBe('');
      expect(b.blocking[0].message.en).not.toBe('');
    }
  });

  it('ranks the candidates of a post by score', async () => {
    const res = await get(`/api/positions/${healthPositionId}/candidates?top=15`, 'operator');
    expect(res.statusCode).toBe(200);
    const list = res.json().candidates as {
      rank: number;
      score: number;
      components: { contribution: number }[];
      warningRules: { status: string; citation: { regulation: string } }[];
    }[];
    expect(list.length).toBeGreaterThan(1);
    expect(list.map((c) => c.rank)).toEqual(list.map((_, i) => i + 1));
    const scores = list.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const c of list) {
      expect(c.components.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(c.score, 6);
      for (const w of c.warningRules) expect(w.status).toBe('WARN');
    }
  });

  it('explains one match: contributions sum to the score, every rule cited, and a why-not', async () => {
    const res = await get(`/api/employees/${ownNip}/matches/${healthPositionId}`, 'pegawai');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const sum = body.components.reduce((s: number, c: { contribution: number }) => s + c.contribution, 0);
    expect(sum).toBeCloseTo(body.score, 6);
    for (const c of body.components) expect(c).toHaveProperty('weight');
    for (const r of body.eligibility.results) {
      expect(r.code).toMatch(/^R-/);
      expect(r.citation.regulation).not.toBe('');
      expect(r.message.id).not.toBe('');
    }
    expect(['IS_RECOMMENDED', 'BLOCKED', 'NO_RECOMMENDATION', 'LOWER_SCORE', 'NOT_BY_SCORE']).toContain(
      body.whyNot.kind,
    );
    if (body.whyNot.kind === 'LOWER_SCORE') expect(body.whyNot.gap).toBeGreaterThan(0);
    if (body.whyNot.kind === 'BLOCKED') expect(body.whyNot.blocking.length).toBeGreaterThan(0);
    // Note checked: an employee does not learn who the best candidate is.
    expect(body.whyNot.recommended).toBeNull();
  });

  it('lists what the caller may do next: open explanations, and propose the move for BKPSDM', async () => {
    const own = (await get(`/api/employees/${ownNip}/matches?top=3`, 'pegawai')).json();
    expect(own.actions).toEqual(['match.read']);
    const asOperator = (await get(`/api/employees/${ownNip}/matches?top=3`, 'operator')).json();
    expect(asOperator.actions).toEqual(['match.read', 'proposal.write']);
    const candidates = (await get(`/api/positions/${healthPositionId}/candidates?top=3`, 'operator')).json();
    expect(candidates.actions).toEqual(['match.read', 'proposal.write']);
    const byKadis = (
      await get(`/api/positions/${healthPositionId}/candidates?top=3`, 'kadis.kesehatan')
    ).json();
    expect(byKadis.actions).toEqual(['match.read']);
    const explained = (await get(`/api/employees/${ownNip}/matches/${healthPositionId}`, 'pegawai')).json();
    expect(explained.actions).toEqual(['match.read']);
    const explainedForBkpsdm = (
      await get(`/api/employees/${ownNip}/matches/${healthPositionId}`, 'operator')
    ).json();
    expect(explainedForBkpsdm.actions).toEqual(['match.read', 'proposal.write']);
  });
});
