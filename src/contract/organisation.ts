import { z } from 'zod';
import { COMPETENCY_TYPES, type CompetencyLevel } from '../core/model/competency.js';
import { EDUCATION_FIELDS, EDUCATION_LEVELS } from '../core/model/education.js';
import {
  ESELONS,
  JF_CATEGORIES,
  JF_LEVELS,
  POSITION_FAMILIES,
  POSITION_KINDS,
} from '../core/model/position.js';
import { UNIT_KINDS } from '../core/model/unit.js';
import { actionList, listParam, pageOf, pageQuery } from './common.js';
import { employeeSummary } from './employees.js';
import { golonganField } from './field-rules.js';
import { majorsInput, majorsOutput, professionField } from './profession-fields.js';

export const unitNode = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(UNIT_KINDS),
  /** Seats, holders and vacancies of this unit's own positions. */
  seats: z.number().int(),
  holders: z.number().int(),
  vacancies: z.number().int(),
  /** The same over the whole subtree. */
  totalSeats: z.number().int(),
  totalHolders: z.number().int(),
  totalVacancies: z.number().int(),
  /** What the caller may do with this unit (services/organisation/get-unit-tree.ts): pickers offer it for those. */
  actions: actionList,
});
export type UnitNodeDto = z.infer<typeof unitNode>;

export const unitTreeResponse = z.object({ units: z.array(unitNode), actions: actionList });

export const createUnitBody = z.object({
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Z0-9][A-Z0-9.\-_]*$/i),
  parentId: z.number().int().positive().nullable(),
  name: z.string().trim().min(3).max(160),
  shortName: z.string().trim().max(40).nullable().optional(),
  kind: z.enum(UNIT_KINDS),
});
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const POSITION_SORTS = ['name', 'kind', 'unit', 'seats', 'vacancies'] as const;

export const positionListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  kind: listParam(z.enum(POSITION_KINDS)),
  vacant: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(POSITION_SORTS).default('name'),
});
export type PositionListQuery = z.infer<typeof positionListQuery>;

export const positionSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(POSITION_KINDS),
  eselon: z.enum(ESELONS).nullable(),
  jfCategory: z.enum(JF_CATEGORIES).nullable(),
  jfLevel: z.enum(JF_LEVELS).nullable(),
  family: z.enum(POSITION_FAMILIES),
  unitId: z.number().int(),
  unitName: z.string(),
  seats: z.number().int(),
  holders: z.number().int(),
  vacancies: z.number().int(),
  isStrategic: z.boolean(),
});
export type PositionSummaryDto = z.infer<typeof positionSummary>;
export const positionPage = pageOf(positionSummary);

const educationRequirement = z.object({
  minLevel: z.enum(EDUCATION_LEVELS),
  fields: z.array(z.enum(EDUCATION_FIELDS)),
  /** Qualifying study programmes; empty: any programme of the fields. */
  majors: majorsOutput,
});
const educationRequirementInput = z.object({
  minLevel: z.enum(EDUCATION_LEVELS),
  fields: z.array(z.enum(EDUCATION_FIELDS)),
  majors: majorsInput,
});
const competencyStandard = z.object({
  type: z.enum(COMPETENCY_TYPES),
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
});
// Requests validate and narrow; responses must not transform (the serializer encodes through them).
const competencyStandardInput = z.object({
  type: z.enum(COMPETENCY_TYPES),
  code: z.string().trim().min(2).max(40),
  name: z.string().trim().min(2).max(120),
  level: z
    .number()
    .int()
    .min(1)
    .max(5)
    .transform((n) => n as CompetencyLevel),
});

export const positionDetail = positionSummary.extend({
  kelasJabatan: z.number().int().nullable(),
  minGolongan: z.number().int().nullable(),
  minGolonganLabel: z.string().nullable(),
  educationRequirements: z.array(educationRequirement),
  competencyStandard: z.array(competencyStandard),
  tugasTambahan: z.string().nullable(),
  /** The regulated profession the post practises (DOMAIN.md 15.1), or null. */
  profession: professionField.nullable(),
  holdersList: z.array(employeeSummary),
  version: z.number().int(),
  actions: actionList,
});
export type PositionDetailDto = z.infer<typeof positionDetail>;

/**
 * A new position. The grade fields depend on the kind (eselon for managerial posts, category and
 * level for JF); the service checks the combination and the minimum golongan.
 */
export const createPositionBody = z.object({
  code: z.string().trim().min(2).max(60),
  unitId: z.number().int().positive(),
  name: z.string().trim().min(3).max(160),
  kind: z.enum(POSITION_KINDS),
  eselon: z.enum(ESELONS).nullable().optional(),
  jfCategory: z.enum(JF_CATEGORIES).nullable().optional(),
  jfLevel: z.enum(JF_LEVELS).nullable().optional(),
  family: z.enum(POSITION_FAMILIES),
  kelasJabatan: z.number().int().min(1).max(17).nullable().optional(),
  minGolongan: golonganField.nullable().optional(),
  educationRequirements: z.array(educationRequirementInput).max(5).default([]),
  competencyStandard: z.array(competencyStandardInput).max(30).default([]),
  isStrategic: z.boolean().default(false),
  seats: z.number().int().min(1).max(10000),
  tugasTambahan: z.string().trim().max(120).nullable().optional(),
  profession: professionField.nullable().optional(),
});
export type CreatePositionBody = z.infer<typeof createPositionBody>;
