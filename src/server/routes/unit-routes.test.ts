import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.js';
import { createTestAppOn, describeAppEachDialect } from '../../../test/support/test-app-dialects.js';

type Unit = { id: number; parentId: number | null; actions: string[] };

describeAppEachDialect('GET /api/units: what each unit may be chosen for', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const get = (url: string, who: string) =>
    t.app.inject({ method: 'GET', url: `/api${url}`, headers: { cookie: cookies[who]! } });
  const unitsOf = async (who: string): Promise<Unit[]> => (await get('/units', who)).json().units;

  beforeAll(async () => {
    t = await createTestAppOn(dialect);
    for (const u of ['operator', 'kadis.kesehatan', 'pegawai', 'auditor']) cookies[u] = await t.signIn(u);
  }, 120_000);
  afterAll(() => t?.close());

  it("offers an OPD head exactly their own units, and the others' roster is refused", async () => {
    const me = (await get('/auth/me', 'kadis.kesehatan')).json();
    const units = await unitsOf('kadis.kesehatan');
    // The structure stays public inside the instansi; only the choices narrow.
    expect(units.length).toBe((await unitsOf('operator')).length);
    for (const action of ['employee.list', 'evaluation.read', 'evaluation.write', 'talent.read']) {
      const choosable = units.filter((u) => u.actions.includes(action)).map((u) => u.id);
      expect(choosable.sort(), action).toEqual([...me.unitIds].sort());
    }
    expect(units.some((u) => u.actions.includes('data.export') || u.actions.includes('scenario.edit'))).toBe(
      false,
    );
    const periods = (await get('/evaluation-periods', 'kadis.kesehatan')).json().items;
    const other = units.find((u) => !u.actions.includes('evaluation.read'))!;
    const own = units.find((u) => u.actions.includes('evaluation.read'))!;
    expect(
      (await get(`/evaluation-periods/${periods[0].id}/roster?unitId=${other.id}`, 'kadis.kesehatan'))
        .statusCode,
    ).toBe(403);
    expect(
      (await get(`/evaluation-periods/${periods[0].id}/roster?unitId=${own.id}`, 'kadis.kesehatan'))
        .statusCode,
    ).toBe(200);
  });

  it('offers BKPSDM every unit, the auditor every unit to read but none to export, an employee none', async () => {
    const operator = await unitsOf('operator');
    expect(
      operator.every((u) =>
        ['employee.list', 'evaluation.write', 'data.export', 'scenario.edit'].every((a) =>
          u.actions.includes(a),
        ),
      ),
    ).toBe(true);
    const auditor = await unitsOf('auditor');
    expect(
      auditor.every((u) => u.actions.includes('evaluation.read') && !u.actions.includes('data.export')),
    ).toBe(true);
    expect((await unitsOf('pegawai')).every((u) => u.actions.length === 0)).toBe(true);
  });
});
