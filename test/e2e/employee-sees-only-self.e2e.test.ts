import { describe, expect } from 'vitest';
import type { EmployeePage } from '../../src/contract/employees';
import { journey } from './support/journey';

describe('employee', () => {
  journey('sees only their own profile; the list and other profiles are refused', async (j) => {
    const { page } = j;
    await j.signIn('pegawai');
    const me = (await j.api('/api/auth/me')).body as { employeeNip: string; displayName: string };
    expect(me.employeeNip).toMatch(/^\d{18}$/);

    await j.step('lands on the own profile', async () => {
      await page.waitForURL(`**/pegawai/${me.employeeNip}`);
      await j.settle('[data-testid="employee-profile"]');
    });
    expect(await page.getByTestId('user-role').textContent()).toBe('Pegawai');
    await j.check('own-profile');

    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await nav.getByRole('link', { name: 'Pegawai', exact: true }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Profil saya' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Dasbor' }).count()).toBe(0);

    await j.visit('/pegawai', 'list-refused', { ready: '[data-testid="refusal"]' });
    expect((await j.api('/api/employees')).status).toBe(403);

    const others = await j.apiAs<EmployeePage>('operator', '/api/employees?pageSize=5');
    const other = others.items.find((e) => e.nip !== me.employeeNip);
    if (!other) throw new Error('no other employee in the demo');
    await j.visit(`/pegawai/${other.nip}`, 'other-profile-refused', { ready: '[data-testid="refusal"]' });
    expect(await page.getByTestId('refusal').textContent()).toBe('Profil ini tidak dapat dibuka');
    const refused = await j.api(`/api/employees/${other.nip}`);
    expect(refused.status).toBe(403);
    expect(await page.getByRole('alert').first().textContent()).toBe(
      (refused.body as { error: { messages: { id: string } } }).error.messages.id,
    );
  });
});
