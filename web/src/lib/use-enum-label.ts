import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translation } from '../i18n/id';

/** Label of a code the contract types as a plain string (e.g. training kind), with a fallback. */
export function useEnumLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (group: keyof Translation['enum'], key: string, fallback?: string): string => {
      const path = `enum.${group}.${key}`;
      return i18n.exists(path) ? String(t(path as never)) : (fallback ?? key);
    },
    [t, i18n],
  );
}
