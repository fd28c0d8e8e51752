import type { Rule } from 'antd/es/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNips } from './scenario-form-values';

const pass = () => Promise.resolve();

/**
 * The editor's own checks, run as the user types; they mirror the server's (contract ranges,
 * minimum tenure below forced rotation) so most mistakes never reach it. Number fields have no
 * min/max of their own: a value out of range stays as typed and gets this message, never clamped.
 */
export function useScenarioRules() {
  const { t } = useTranslation();
  return useMemo(() => {
    const fail = (message: string) => Promise.reject(new Error(message));
    const range = (min: number, max: number, integer: boolean): Rule => ({
      validator: (_, v: number | null | undefined) =>
        v === null || v === undefined || (v >= min && v <= max && (!integer || Number.isInteger(v)))
          ? pass()
          : fail(t(integer ? 'planning.rule.integer' : 'planning.rule.number', { min, max })),
    });
    const tenureOrder: Rule = ({ getFieldValue }) => ({
      validator: (_, min: number | null | undefined) => {
        const forced = getFieldValue('objectives.forcedRotationYears') as number | null | undefined;
        return min === null || min === undefined || forced === null || forced === undefined || min < forced
          ? pass()
          : fail(t('planning.rule.tenureOrder'));
      },
    });
    const nips: Rule = {
      validator: (_, v: string | undefined) => {
        const { bad } = parseNips(v ?? '');
        return bad.length === 0 ? pass() : fail(t('planning.rule.nips', { bad: bad.slice(0, 3).join(', ') }));
      },
    };
    // A validator, not `required`: a required mark would put aria-required on the checkbox group's div.
    const boxes: Rule = {
      validator: (_, v: number[] | undefined) =>
        v && v.length > 0 ? pass() : fail(t('planning.rule.boxes')),
    };
    return { range, tenureOrder, nips, boxes };
  }, [t]);
}
