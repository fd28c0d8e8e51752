import { type Selection, shortlistOf, stageOf } from './selection-model.js';

/** The steps a selection offers: a stage, the candidates, the shortlist, the PPK's result. */
export const SELECTION_STEPS = ['stage', 'candidates', 'shortlist', 'result'] as const;
export type SelectionStep = (typeof SELECTION_STEPS)[number];

/**
 * The steps the selection's state allows now (the policies then say who may take them), so the web
 * shows only the forms that can succeed. Mirrors the guards of the decide* functions.
 * @example selectionSteps(announcedSelection) // ['stage', 'candidates']
 */
export function selectionSteps(selection: Selection): SelectionStep[] {
  if (selection.status === 'COMPLETED') return [];
  const steps: SelectionStep[] = ['stage'];
  if (
    stageOf(selection, 'ANNOUNCEMENT').status !== 'PENDING' &&
    stageOf(selection, 'ADMINISTRATIVE').status !== 'DONE'
  ) {
    steps.push('candidates');
  }
  if (stageOf(selection, 'INTERVIEW').status === 'DONE') steps.push('shortlist');
  if (shortlistOf(selection).length > 0) steps.push('result');
  return steps;
}
