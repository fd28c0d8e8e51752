import { enAudit } from './en-audit';
import { enBoard } from './en-board';
import { enDrafts } from './en-drafts';
import { enEnums } from './en-enums';
import { enEvaluation } from './en-evaluation';
import { enImport } from './en-import';
import { enMatching } from './en-matching';
import { enOrganisation } from './en-organisation';
import { enPlanning } from './en-planning';
import { enProcess } from './en-process';
import { enRegisters } from './en-registers';
import { enSelection } from './en-selection';
import { enShell } from './en-shell';
import { enWorkforce } from './en-workforce';
import type { Translation } from './id';

/** English UI text, switched on from the header; must provide every key of the Indonesian text. */
export const en: Translation = {
  ...enShell,
  ...enWorkforce,
  ...enOrganisation,
  evaluation: enEvaluation,
  matching: enMatching,
  process: enProcess,
  selection: enSelection,
  planning: enPlanning,
  importExport: enImport,
  enum: enEnums,
  drafts: enDrafts,
  auditLog: enAudit,
  board: enBoard,
  registers: enRegisters,
};
