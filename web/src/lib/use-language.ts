import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';

/** The current UI language as a narrow type, re-rendering on a switch. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}
