import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../../../test/support/test-app.js';
import { openAppContext, today } from '../../services/app-context.js';
import { createTestClock } from '../../services/system/test-clock.js';
import { buildServer } from '../build-server.js';

describe('the test clock', () => {
  it('moves "today" forward only on a server started with it, and does not exist otherwise', async () => {
    const clock = createTestClock(() => FIXED_NOW);
    const ctx = await openAppContext({ databaseUrl: 'sqlite::memory:', now: clock.now });
    const plain = await buildServer(ctx, { webDist: '/nonexistent' });
    const movable = await buildServer(ctx, { webDist: '/nonexistent', testClock: clock });
    try {
      const refused = await plain.inject({
        method: 'POST',
        url: '/api/test-clock/advance',
        payload: { days: 1 },
      });
      expect(refused.statusCode).toBe(404);
      expect(today(ctx, 1)).toBe('2026-11-28');

      const moved = await movable.inject({
        method: 'POST',
        url: '/api/test-clock/advance',
        payload: { days: 15 },
      });
      expect(moved.statusCode).toBe(200);
      expect(moved.json().now).toBe('2026-12-13T03:00:00.000Z');
      expect(today(ctx, 1)).toBe('2026-12-13');

      const backwards = await movable.inject({
        method: 'POST',
        url: '/api/test-clock/advance',
        payload: { days: -3 },
      });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error.field).toBe('days');
    } finally {
      await plain.close();
      await movable.close();
      await ctx.close();
    }
  });
});
