import { z } from 'zod';
import {
  INNOVATION_ROLES,
  INNOVATION_STATUSES,
  PROGRAM_OUTCOMES,
  PROGRAM_ROLES,
} from '../core/appraisal/records.js';
import { actionList } from './common.js';
import { evidenceSchema } from './evaluation.js';
import { localDateField } from './field-rules.js';

/** The innovation register and the government programmes with their participants (issue 4). */
const text = (max: number) => z.string().trim().min(3).max(max);

export const innovationDto = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(INNOVATION_STATUSES),
  proposedOn: z.string(),
  implementedOn: z.string().nullable(),
  replicatedOn: z.string().nullable(),
  awardedOn: z.string().nullable(),
  evidence: evidenceSchema,
  members: z.array(
    z.object({
      employeeId: z.number().int(),
      nip: z.string(),
      name: z.string(),
      role: z.enum(INNOVATION_ROLES),
    }),
  ),
  version: z.number().int(),
});

export const innovationListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  status: z.enum(INNOVATION_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
});
export const innovationListResponse = z.object({ items: z.array(innovationDto), actions: actionList });
export const innovationDetail = innovationDto.extend({ actions: actionList });

export const innovationBody = z.object({
  unitId: z.number().int().positive(),
  title: text(200),
  description: text(2000),
  status: z.enum(INNOVATION_STATUSES),
  proposedOn: localDateField,
  implementedOn: localDateField.nullable().default(null),
  replicatedOn: localDateField.nullable().default(null),
  awardedOn: localDateField.nullable().default(null),
  evidence: evidenceSchema,
  members: z
    .array(z.object({ nip: z.string().trim().min(1).max(40), role: z.enum(INNOVATION_ROLES) }))
    .min(1)
    .max(50),
});
export const updateInnovationBody = innovationBody.extend({ version: z.number().int().positive() });
export const versionQuery = z.object({ version: z.coerce.number().int().positive() });

export const programDto = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  leadUnitId: z.number().int().nullable(),
  leadUnitName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  participantCount: z.number().int(),
  version: z.number().int(),
});
export const programListResponse = z.object({ items: z.array(programDto), actions: actionList });

export const participantDto = z.object({
  id: z.number().int(),
  employeeId: z.number().int(),
  nip: z.string(),
  name: z.string(),
  role: z.enum(PROGRAM_ROLES),
  startDate: z.string(),
  endDate: z.string(),
  hours: z.number(),
  outcome: z.enum(PROGRAM_OUTCOMES),
  evidence: evidenceSchema,
  version: z.number().int(),
});
export const programDetail = z.object({
  program: programDto,
  participants: z.array(participantDto),
  actions: actionList,
});

export const programBody = z.object({
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Z0-9][A-Z0-9-]*$/),
  name: text(200),
  description: text(2000),
  leadUnitId: z.number().int().positive().nullable().default(null),
  startDate: localDateField,
  endDate: localDateField.nullable().default(null),
});
export const updateProgramBody = programBody.extend({ version: z.number().int().positive() });

export const participationBody = z.object({
  nip: z.string().trim().min(1).max(40),
  role: z.enum(PROGRAM_ROLES),
  startDate: localDateField,
  endDate: localDateField,
  hours: z.number().min(0).max(5000),
  outcome: z.enum(PROGRAM_OUTCOMES),
  evidence: evidenceSchema,
});
export const updateParticipationBody = participationBody.extend({ version: z.number().int().positive() });
export const participationParams = z.object({
  id: z.coerce.number().int().positive(),
  participationId: z.coerce.number().int().positive(),
});
