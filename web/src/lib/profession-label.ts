import { useCallback } from 'react';
import type { Profession } from '../../../src/core/model/profession';
import { PROFESSION_RULES } from '../../../src/core/model/profession-rules';
import { useLanguage } from './use-language';

/** A profession's name in the UI language, from the core's own table (never the code). */
export function useProfessionLabel() {
  const lng = useLanguage();
  return useCallback((p: Profession) => PROFESSION_RULES[p].label[lng], [lng]);
}
