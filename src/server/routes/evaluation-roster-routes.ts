import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { periodIdParam } from '../../contract/evaluation.js';
import {
  boxMembersQuery,
  boxMembersResponse,
  type RosterDto,
  rosterQuery,
  rosterResponse,
} from '../../contract/evaluation-roster.js';
import type { AppContext } from '../../services/app-context.js';
import { listPeriodRoster } from '../../services/evaluation/list-period-roster.js';
import { listBoxMembers } from '../../services/talent/list-box-members.js';
import { requireUser } from '../auth/session.js';
import { presentPeriod } from '../presenters/evaluation.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** The web pages' reads: a unit's people with their records of a period, and one box's members. */
export async function evaluationRosterRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/evaluation-periods/:id/roster',
    {
      schema: {
        tags: ['evaluation'],
        params: periodIdParam,
        querystring: rosterQuery,
        response: { 200: rosterResponse, ...errors },
      },
    },
    async (request): Promise<RosterDto> => {
      const roster = await listPeriodRoster(
        ctx,
        requireUser(request).principal,
        request.params.id,
        request.query.unitId,
      );
      return {
        period: presentPeriod(roster.period),
        unitId: roster.unitId,
        total: roster.total,
        items: roster.people.map((p) => ({
          employeeId: p.id,
          nip: p.nip,
          name: p.name,
          positionName: p.positionName,
          unitId: p.unitId,
          unitName: p.unitName,
          skp: p.skp && {
            revision: p.skp.revision,
            hasilKerja: p.skp.hasilKerja,
            perilakuKerja: p.skp.perilakuKerja,
            predikat: p.skp.predikat,
            evaluatorNip: p.skp.evaluatorNip,
            evidence: { ...p.skp.evidence },
          },
          attendance: p.attendance && {
            revision: p.attendance.revision,
            workingDays: p.attendance.workingDays,
            unexcusedDays: p.attendance.unexcusedDays,
            lateCount: p.attendance.lateCount,
            evidence: { ...p.attendance.evidence },
          },
        })),
        actions: roster.actions,
      };
    },
  );

  r.get(
    '/talent/box-members',
    {
      schema: {
        tags: ['talent'],
        querystring: boxMembersQuery,
        response: { 200: boxMembersResponse, ...errors },
      },
    },
    async (request) => {
      const { periodId, unitId, box } = request.query;
      return listBoxMembers(ctx, requireUser(request).principal, { period: periodId, unitId, box });
    },
  );
}
