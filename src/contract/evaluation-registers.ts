import { z } from 'zod';
import {
  EVIDENCE_KINDS,
  INNOVATION_ROLES,
  INNOVATION_STATUSES,
  PROGRAM_OUTCOMES,
  PROGRAM_ROLES,
} from '../core/appraisal/records.js';
import {
  checkEvidenceFileSize,
  checkEvidenceReference,
  EVIDENCE_MEDIA_TYPES,
} from '../core/appraisal/register-evidence.js';
import type { FieldIssue } from '../core/errors.js';
import { actionList } from './common.js';
import { localDateField } from './field-rules.js';

/**
 * The innovation register and the government programmes with their participants (issue 4), with
 * their entry pages, bulk entry and evidence files (issue 14 item 6).
 */
const text = (max: number) => z.string().trim().min(3).max(max);

/** Bytes a base64 text decodes to, from its length and padding. */
const decodedLength = (b64: string) =>
  Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);

const addCoreIssue = (ctx: z.RefinementCtx, issue: FieldIssue, path: string[]) =>
  ctx.addIssue({
    code: 'custom',
    path,
    message: issue.message.en,
    params: { code: issue.code, rule: issue.rule, messageId: issue.message.id },
  });

/**
 * Evidence as sent: a document's number (`DOCUMENT`), a link (`LINK`), a new file (`ATTACHMENT`
 * with `file`, base64 in JSON like the tenure override PDFs) or a file already kept (`ATTACHMENT`
 * with its `att:` reference, when an entry is saved again). The core's rules check it here, so a
 * bad link or a 3 MiB scan is a 400 naming `evidence.reference` or `evidence.file.contentBase64`.
 */
export const registerEvidenceInput = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    reference: z.string().trim().max(600).optional(),
    file: z
      .object({
        fileName: z.string().trim().min(1).max(200),
        contentBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.kind === 'ATTACHMENT' && e.file) {
      const size = checkEvidenceFileSize(decodedLength(e.file.contentBase64), 'contentBase64');
      if (size) addCoreIssue(ctx, size, ['file', 'contentBase64']);
      return;
    }
    if (e.file) {
      addCoreIssue(
        ctx,
        {
          field: 'file',
          code: 'VALIDATION_FAILED',
          rule: 'EVIDENCE_FILE_KIND',
          message: {
            id: 'Berkas hanya dilampirkan untuk bukti dukung jenis lampiran',
            en: 'A file is attached only to evidence of kind ATTACHMENT',
          },
        },
        ['file'],
      );
      return;
    }
    const bad = checkEvidenceReference(e.kind, e.reference ?? '', 'reference');
    if (bad) addCoreIssue(ctx, bad, ['reference']);
  });
export type RegisterEvidenceInput = z.infer<typeof registerEvidenceInput>;

export const registerEvidenceDto = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  reference: z.string(),
  /** The kept file of an ATTACHMENT (download it from the entry's `/evidence`); null otherwise. */
  file: z
    .object({ fileName: z.string(), mediaType: z.enum(EVIDENCE_MEDIA_TYPES), bytes: z.number().int() })
    .nullable(),
});

/** How an entry changes one person's evaluation of one open period (computed by the core). */
export const periodEffectDto = z.object({
  periodId: z.number().int(),
  periodCode: z.string(),
  component: z.enum(['INNOVATION', 'PROGRAM']),
  componentWithout: z.number(),
  componentWith: z.number(),
  /** Null when the person has no SKP rating in the period yet. */
  indexWithout: z.number().nullable(),
  indexWith: z.number().nullable(),
});

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
  evidence: registerEvidenceDto,
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
  /** Only the innovations that earn credit in this period (the core's credit window). */
  periodId: z.coerce.number().int().positive().optional(),
  /** Only the innovations this person is in (an employee may ask for their own). */
  nip: z.string().trim().max(40).optional(),
});
export const innovationListResponse = z.object({
  items: z.array(innovationDto),
  /** Units the caller may register innovations for; null: every unit of the instansi. */
  writableUnitIds: z.array(z.number().int()).nullable(),
  actions: actionList,
});
export const innovationDetail = innovationDto.extend({
  effects: z.array(
    z.object({
      employeeId: z.number().int(),
      nip: z.string(),
      name: z.string(),
      periods: z.array(periodEffectDto),
    }),
  ),
  actions: actionList,
});

export const innovationBody = z.object({
  unitId: z.number().int().positive(),
  title: text(200),
  description: text(2000),
  status: z.enum(INNOVATION_STATUSES),
  proposedOn: localDateField,
  implementedOn: localDateField.nullable().default(null),
  replicatedOn: localDateField.nullable().default(null),
  awardedOn: localDateField.nullable().default(null),
  evidence: registerEvidenceInput,
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
export const programListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  /** Only the programmes whose span overlaps this period. */
  periodId: z.coerce.number().int().positive().optional(),
  /** Only the programmes led by the unit (or below it) or with participants now posted there. */
  unitId: z.coerce.number().int().positive().optional(),
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
  evidence: registerEvidenceDto,
  effects: z.array(periodEffectDto),
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

const participationFields = {
  role: z.enum(PROGRAM_ROLES),
  startDate: localDateField,
  endDate: localDateField,
  hours: z.number().min(0).max(5000),
  outcome: z.enum(PROGRAM_OUTCOMES),
  evidence: registerEvidenceInput,
};
export const participationBody = z.object({ nip: z.string().trim().min(1).max(40), ...participationFields });
export const updateParticipationBody = participationBody.extend({ version: z.number().int().positive() });
export const participationParams = z.object({
  id: z.coerce.number().int().positive(),
  participationId: z.coerce.number().int().positive(),
});

/**
 * Many participants at once: a list of NIPs (picked or pasted, one per line) sharing the role,
 * span, hours, outcome and evidence. A dry run answers the row report; a commit writes every row
 * or none (422 with the same report when any row is bad).
 */
export const bulkParticipantsBody = z.object({
  nips: z.array(z.string().trim().max(60)).min(1).max(2000),
  ...participationFields,
  dryRun: z.boolean().default(true),
});
export const bulkParticipantsReport = z.object({
  dryRun: z.boolean(),
  ok: z.boolean(),
  committed: z.boolean(),
  /** NIPs read (blank lines left out) and participations written (or that would be). */
  rows: z.number().int(),
  added: z.number().int(),
  problems: z.array(
    z.object({
      /** 1-based line of the list as sent; null: the whole request (dates, evidence). */
      row: z.number().int().nullable(),
      nip: z.string().nullable(),
      field: z.string(),
      rule: z.string(),
      message: z.object({ id: z.string(), en: z.string() }),
    }),
  ),
});

/** One person's innovations and programme parts, each with its effect on their open periods. */
export const personRegistersResponse = z.object({
  employee: z.object({ id: z.number().int(), nip: z.string(), name: z.string() }),
  innovations: z.array(
    innovationDto.extend({ role: z.enum(INNOVATION_ROLES), effects: z.array(periodEffectDto) }),
  ),
  participations: z.array(
    participantDto.extend({ programId: z.number().int(), programCode: z.string(), programName: z.string() }),
  ),
  actions: actionList,
});
export const registerPersonParam = z.object({ nip: z.string().trim().min(1).max(40) });
