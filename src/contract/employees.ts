import { z } from 'zod';
import { COMPETENCY_TYPES } from '../core/model/competency.js';
import { EDUCATION_FIELDS, EDUCATION_LEVELS } from '../core/model/education.js';
import { DISCIPLINARY_STATUSES, EMPLOYEE_STATUSES, GENDERS, HUKDIS_LEVELS } from '../core/model/employee.js';
import { EMPLOYMENT_TYPES } from '../core/model/nip.js';
import { POSITION_KINDS } from '../core/model/position.js';
import { actionList, listParam, pageOf, pageQuery } from './common.js';
import { golonganField, localDateField, nipField } from './field-rules.js';
import { licenceDto } from './profession-fields.js';

export const EMPLOYEE_SORTS = ['name', 'nip', 'golongan', 'unit', 'position', 'tenure'] as const;

export const employeeListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  golongan: listParam(golonganField),
  kind: listParam(z.enum(POSITION_KINDS)),
  educationField: listParam(z.enum(EDUCATION_FIELDS)),
  employmentType: listParam(z.enum(EMPLOYMENT_TYPES)),
  status: listParam(z.enum(EMPLOYEE_STATUSES)),
  sort: z.enum(EMPLOYEE_SORTS).default('name'),
});
export type EmployeeListQuery = z.infer<typeof employeeListQuery>;

export const employeeSummary = z.object({
  id: z.number().int(),
  nip: z.string(),
  name: z.string(),
  fullName: z.string(),
  frontTitle: z.string().nullable(),
  backTitle: z.string().nullable(),
  gender: z.enum(GENDERS),
  birthDate: z.string(),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  status: z.enum(EMPLOYEE_STATUSES),
  golongan: z.number().int().nullable(),
  golonganLabel: z.string().nullable(),
  pangkat: z.string().nullable(),
  golonganTmt: z.string().nullable(),
  currentPositionId: z.number().int().nullable(),
  currentPositionName: z.string().nullable(),
  currentUnitId: z.number().int().nullable(),
  currentUnitName: z.string().nullable(),
  currentPositionSince: z.string().nullable(),
  version: z.number().int(),
});
export type EmployeeSummaryDto = z.infer<typeof employeeSummary>;

export const employeePage = pageOf(employeeSummary);
export type EmployeePage = z.infer<typeof employeePage>;

const educationDto = z.object({
  level: z.enum(EDUCATION_LEVELS),
  field: z.enum(EDUCATION_FIELDS),
  major: z.string(),
  institution: z.string(),
  graduationYear: z.number().int(),
});

export const employeeDetail = employeeSummary.extend({
  birthPlace: z.string().nullable(),
  tmtCpns: z.string().nullable(),
  education: z.array(educationDto),
  rankHistory: z.array(
    z.object({
      golongan: z.number().int(),
      label: z.string(),
      pangkat: z.string(),
      tmt: z.string(),
      skNumber: z.string().nullable(),
    }),
  ),
  positionHistory: z.array(
    z.object({
      id: z.number().int(),
      positionId: z.number().int(),
      positionName: z.string(),
      unitId: z.number().int(),
      unitName: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      skNumber: z.string().nullable(),
    }),
  ),
  competencyAssessments: z.array(
    z.object({
      id: z.number().int(),
      assessedOn: z.string(),
      validUntil: z.string().nullable(),
      assessor: z.string(),
      scores: z.array(
        z.object({ type: z.enum(COMPETENCY_TYPES), code: z.string(), level: z.number().int() }),
      ),
    }),
  ),
  /** The current position's standard, for the competency radar. */
  competencyStandard: z.array(
    z.object({ type: z.enum(COMPETENCY_TYPES), code: z.string(), name: z.string(), level: z.number().int() }),
  ),
  trainings: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      kind: z.string(),
      provider: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      hours: z.number(),
    }),
  ),
  disciplinaryCases: z.array(
    z.object({
      id: z.number().int(),
      status: z.enum(DISCIPLINARY_STATUSES),
      level: z.enum(HUKDIS_LEVELS).nullable(),
      penaltyType: z.string().nullable(),
      description: z.string(),
      decisionNumber: z.string().nullable(),
      decisionDate: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      suspendedFromDuty: z.boolean(),
    }),
  ),
  /** Professional licences (educator certificate, STR, SIP), oldest entry first. */
  licences: z.array(licenceDto),
  yearsInCurrentPosition: z.number().nullable(),
  retirementDate: z.string().nullable(),
  actions: actionList,
});
export type EmployeeDetailDto = z.infer<typeof employeeDetail>;

const nameText = z.string().trim().min(2).max(120);
const titleText = z.string().trim().max(40).nullable().optional();

/** Create an employee by hand (imports come in issue 8 through the same service). */
export const createEmployeeBody = z.object({
  nip: nipField,
  name: nameText,
  frontTitle: titleText,
  backTitle: titleText,
  gender: z.enum(GENDERS),
  birthDate: localDateField,
  birthPlace: z.string().trim().max(80).nullable().optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  golongan: golonganField.nullable().optional(),
  golonganTmt: localDateField.nullable().optional(),
  positionId: z.number().int().positive().nullable().optional(),
  positionStart: localDateField.nullable().optional(),
  education: z
    .array(
      z.object({
        level: z.enum(EDUCATION_LEVELS),
        field: z.enum(EDUCATION_FIELDS),
        major: z.string().trim().min(1).max(120),
        institution: z.string().trim().min(1).max(160),
        graduationYear: z.number().int().min(1950).max(2100),
      }),
    )
    .max(10)
    .default([]),
});
export type CreateEmployeeBody = z.infer<typeof createEmployeeBody>;

/** Partial update of identity fields; `version` guards against lost updates (409 when stale). */
export const updateEmployeeBody = z.object({
  version: z.number().int().positive(),
  name: nameText.optional(),
  frontTitle: titleText,
  backTitle: titleText,
  birthPlace: z.string().trim().max(80).nullable().optional(),
  status: z.enum(EMPLOYEE_STATUSES).optional(),
  golongan: golonganField.optional(),
  golonganTmt: localDateField.optional(),
});
export type UpdateEmployeeBody = z.infer<typeof updateEmployeeBody>;

export const nipParam = z.object({ nip: z.string() });
