import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionSummaryDto } from '../api/types';

/** "Eselon III.a" for managerial posts, "Ahli Muda" for JF, nothing for pelaksana. */
export function useGradeLabel() {
  const { t } = useTranslation();
  return useCallback(
    (p: Pick<PositionSummaryDto, 'eselon' | 'jfLevel'>): string | null => {
      if (p.eselon) return t('position.eselon', { eselon: p.eselon });
      if (p.jfLevel) return t(`enum.jfLevel.${p.jfLevel}`);
      return null;
    },
    [t],
  );
}
