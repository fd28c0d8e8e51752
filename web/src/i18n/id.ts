import { idAudit } from './id-audit';
import { idBoard } from './id-board';
import { idDrafts } from './id-drafts';
import { idEnums } from './id-enums';
import { idEvaluation } from './id-evaluation';
import { idImport } from './id-import';
import { idMatching } from './id-matching';
import { idOrganisation } from './id-organisation';
import { idPlanning } from './id-planning';
import { idProcess } from './id-process';
import { idRegisters } from './id-registers';
import { idSelection } from './id-selection';
import { idShell } from './id-shell';
import { idWorkforce } from './id-workforce';

/**
 * Indonesian UI text: the default language and the shape every other language must match.
 * Enum labels live under `enum.*`, keyed by the contract's codes.
 */
export const id = {
  ...idShell,
  ...idWorkforce,
  ...idOrganisation,
  evaluation: idEvaluation,
  matching: idMatching,
  process: idProcess,
  selection: idSelection,
  planning: idPlanning,
  importExport: idImport,
  enum: idEnums,
  drafts: idDrafts,
  auditLog: idAudit,
  board: idBoard,
  registers: idRegisters,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Every language provides exactly these keys. */
export type Translation = Widen<typeof id>;
