import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { nipParam } from '../../contract/employees.js';
import {
  closePeriodBody,
  closePeriodResponse,
  correctionBody,
  createPeriodBody,
  entryReportDto,
  importBody,
  importReportDto,
  periodDto,
  periodIdParam,
  periodListResponse,
  recordsBody,
  unitGradesBody,
  unitGradesResponse,
} from '../../contract/evaluation.js';
import { policyResponse, updatePolicyBody } from '../../contract/evaluation-policy.js';
import { correctionResponse, employeeEvaluationsResponse } from '../../contract/evaluation-results.js';
import type { AppContext } from '../../services/app-context.js';
import { closeEvaluationPeriod } from '../../services/evaluation/close-period.js';
import { correctEvaluationRecord } from '../../services/evaluation/correct-record.js';
import { createEvaluationPeriod } from '../../services/evaluation/create-period.js';
import { enterEvaluationRecords } from '../../services/evaluation/enter-records.js';
import { getEmployeeEvaluations } from '../../services/evaluation/get-employee-evaluations.js';
import { getEvaluationPolicy } from '../../services/evaluation/get-policy.js';
import { importEvaluations } from '../../services/evaluation/import-evaluations.js';
import { listEvaluationPeriods } from '../../services/evaluation/list-periods.js';
import { setOrganisationGrades } from '../../services/evaluation/set-unit-grades.js';
import { updateEvaluationPolicy } from '../../services/evaluation/update-policy.js';
import { requireUser } from '../auth/session.js';
import { presentEmployeeEvaluations } from '../presenters/employee-evaluations.js';
import { presentPeriod, presentReport, presentResult } from '../presenters/evaluation.js';
import { presentPolicy } from '../presenters/evaluation-registers.js';
import { evaluationRegisterRoutes } from './evaluation-register-routes.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['evaluation'];

/** Periods, policy, records (bulk entry, import, corrections) and a person's evaluation history. */
export async function evaluationRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/evaluation-periods',
    { schema: { tags, response: { 200: periodListResponse, ...errors } } },
    async (request) => {
      const list = await listEvaluationPeriods(ctx, requireUser(request).principal);
      return {
        items: list.items.map((p) => ({ ...presentPeriod(p), rated: p.rated })),
        actions: list.actions,
      };
    },
  );

  r.post(
    '/evaluation-periods',
    { schema: { tags, body: createPeriodBody, response: { 201: periodDto, ...errors } } },
    async (request, reply) => {
      const period = await createEvaluationPeriod(ctx, requireUser(request).principal, request.body, {
        ip: request.ip,
      });
      void reply.code(201);
      return presentPeriod(period);
    },
  );

  r.post(
    '/evaluation-periods/:id/close',
    {
      schema: {
        tags,
        params: periodIdParam,
        body: closePeriodBody,
        response: { 200: closePeriodResponse, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const closed = await closeEvaluationPeriod(ctx, user.principal, request.params.id, request.body, {
        ip: request.ip,
      });
      return { ...closed, period: presentPeriod(closed.period) };
    },
  );

  r.put(
    '/evaluation-periods/:id/unit-grades',
    {
      schema: {
        tags,
        params: periodIdParam,
        body: unitGradesBody,
        response: { 200: unitGradesResponse, ...errors },
      },
    },
    async (request) =>
      setOrganisationGrades(ctx, requireUser(request).principal, request.params.id, request.body.grades, {
        ip: request.ip,
      }),
  );

  // Bulk entry and import answer 422 with the full report when any row is bad (nothing written).
  r.post(
    '/evaluation-periods/:id/records',
    {
      schema: {
        tags,
        params: periodIdParam,
        body: recordsBody,
        response: { 200: entryReportDto, 422: entryReportDto, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const report = await enterEvaluationRecords(ctx, user.principal, request.params.id, request.body, {
        ip: request.ip,
      });
      void reply.code(report.problems.some((p) => p.severity === 'ERROR') ? 422 : 200);
      return presentReport(report);
    },
  );

  r.post(
    '/evaluation-periods/:id/import',
    {
      schema: {
        tags,
        params: periodIdParam,
        body: importBody,
        response: { 200: importReportDto, 422: importReportDto, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const content = new Uint8Array(Buffer.from(request.body.contentBase64, 'base64'));
      const report = await importEvaluations(
        ctx,
        user.principal,
        request.params.id,
        { name: request.body.fileName, content },
        { dryRun: request.body.dryRun ?? false },
        { ip: request.ip },
      );
      void reply.code(report.problems.some((p) => p.severity === 'ERROR') ? 422 : 200);
      return {
        ...presentReport(report),
        fileName: report.fileName,
        sha256: report.sha256,
        format: report.format,
        sheet: report.sheet,
        headerRow: report.headerRow,
        columns: report.columns.map((c) => ({ ...c })),
      };
    },
  );

  r.post(
    '/evaluation-periods/:id/corrections',
    {
      schema: {
        tags,
        params: periodIdParam,
        body: correctionBody,
        response: { 201: correctionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const corrected = await correctEvaluationRecord(ctx, user.principal, request.params.id, request.body, {
        ip: request.ip,
      });
      void reply.code(201);
      return {
        revision: corrected.revision,
        result:
          corrected.result && corrected.policy ? presentResult(corrected.result, corrected.policy) : null,
      };
    },
  );

  r.get(
    '/evaluation-policy',
    { schema: { tags, response: { 200: policyResponse, ...errors } } },
    async (request) => presentPolicy(await getEvaluationPolicy(ctx, requireUser(request).principal)),
  );

  r.put(
    '/evaluation-policy',
    { schema: { tags, body: updatePolicyBody, response: { 200: policyResponse, ...errors } } },
    async (request) =>
      presentPolicy(
        await updateEvaluationPolicy(ctx, requireUser(request).principal, request.body, { ip: request.ip }),
      ),
  );

  r.get(
    '/employees/:nip/evaluations',
    { schema: { tags, params: nipParam, response: { 200: employeeEvaluationsResponse, ...errors } } },
    async (request) =>
      presentEmployeeEvaluations(
        await getEmployeeEvaluations(ctx, requireUser(request).principal, request.params.nip),
      ),
  );

  await evaluationRegisterRoutes(api, ctx);
}
