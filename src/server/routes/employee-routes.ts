import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import {
  createEmployeeBody,
  employeeDetail,
  employeeListQuery,
  employeePage,
  nipParam,
  updateEmployeeBody,
} from '../../contract/employees.js';
import { addLicenceBody, licenceParam } from '../../contract/profession-fields.js';
import type { AppContext } from '../../services/app-context.js';
import { addEmployeeLicence } from '../../services/employees/add-employee-licence.js';
import { createEmployee } from '../../services/employees/create-employee.js';
import { getEmployee } from '../../services/employees/get-employee.js';
import { listEmployees } from '../../services/employees/list-employees.js';
import { removeEmployeeLicence } from '../../services/employees/remove-employee-licence.js';
import { updateEmployee } from '../../services/employees/update-employee.js';
import { requireUser } from '../auth/session.js';
import { presentEmployeeDetail, presentEmployeeSummary } from '../presenters/employee.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};

/** Recipe per route: validate (Zod) -> the caller -> one service (loads, authorizes, acts) -> present. */
export async function employeeRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/employees',
    {
      schema: {
        tags: ['employees'],
        querystring: employeeListQuery,
        response: { 200: employeePage, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const page = await listEmployees(ctx, user.principal, request.query);
      return { ...page, items: page.items.map(presentEmployeeSummary) };
    },
  );

  r.get(
    '/employees/:nip',
    { schema: { tags: ['employees'], params: nipParam, response: { 200: employeeDetail, ...errors } } },
    async (request) => {
      const user = requireUser(request);
      return presentEmployeeDetail(await getEmployee(ctx, user.principal, request.params.nip));
    },
  );

  r.post(
    '/employees',
    {
      schema: { tags: ['employees'], body: createEmployeeBody, response: { 201: employeeDetail, ...errors } },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const created = await createEmployee(ctx, user.principal, request.body, { ip: request.ip });
      void reply.code(201);
      return presentEmployeeDetail(created);
    },
  );

  r.patch(
    '/employees/:nip',
    {
      schema: {
        tags: ['employees'],
        params: nipParam,
        body: updateEmployeeBody,
        response: { 200: employeeDetail, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return presentEmployeeDetail(
        await updateEmployee(ctx, user.principal, request.params.nip, request.body, { ip: request.ip }),
      );
    },
  );

  r.post(
    '/employees/:nip/licences',
    {
      schema: {
        tags: ['employees'],
        params: nipParam,
        body: addLicenceBody,
        response: { 201: employeeDetail, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const profile = await addEmployeeLicence(ctx, user.principal, request.params.nip, request.body, {
        ip: request.ip,
      });
      void reply.code(201);
      return presentEmployeeDetail(profile);
    },
  );

  r.delete(
    '/employees/:nip/licences/:licenceId',
    { schema: { tags: ['employees'], params: licenceParam, response: { 200: employeeDetail, ...errors } } },
    async (request) => {
      const user = requireUser(request);
      return presentEmployeeDetail(
        await removeEmployeeLicence(ctx, user.principal, request.params.nip, request.params.licenceId, {
          ip: request.ip,
        }),
      );
    },
  );
}
