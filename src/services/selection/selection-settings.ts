import { parseSelectionSettings, type SelectionSettings } from '../../core/selection/selection-settings.js';
import { getSetting } from '../../store/repositories/settings.js';
import type { AppContext } from '../app-context.js';

/** Key of the instansi's selection settings in `app_settings` (committee size per kind: [U]). */
export const SELECTION_SETTING = 'selection.settings';

/** The selection settings of an instansi, each field falling back to the core default. */
export async function loadSelectionSettings(ctx: AppContext, instansiId: number): Promise<SelectionSettings> {
  return parseSelectionSettings(await getSetting(ctx.db, instansiId, SELECTION_SETTING));
}
