// The short words of a condition in the current language, with the draft's form labels and translated coded values.
import { definitionLabeler, type Condition } from '@parcours/rules';
import { useCallback, useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { describeCondition } from '../rules/describe';
import type { Draft } from './draft';

export const useDescribeCondition = (draft: Draft): ((c: Condition) => string) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = useMemo(() => definitionLabeler({ steps: draft.steps }), [draft.steps]);
  return useCallback(
    (c: Condition) =>
      describeCondition(c, {
        lang: locale === 'en' ? 'en' : 'fr',
        labels,
        values: (fact, path, v) =>
          fact === 'patient' && path === '$.sex' ? translate(`parcours.sex.${v}`).toLowerCase() : undefined,
      }),
    [labels, locale, translate],
  );
};
