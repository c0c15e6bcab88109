import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { useLocalizedText } from '../common/useLocalizedText';
import type { AnswerValue, FormField } from '@parcours/rules/contract';

/** Formats a recorded answer for reading: yes/no, option labels, numbers and dates in the UI language, units. */
export const useAnswerText = (): ((field: FormField | undefined, value: AnswerValue) => string) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const intlLocale = useIntlLocale();
  const optionLabel = (field: FormField | undefined, value: string): string => {
    const option = field?.type === 'choice' ? field.options.find((o) => o.value === value) : undefined;
    return option ? localize(option.label) : value;
  };
  return (field, value) => {
    if (typeof value === 'boolean') return translate(value ? 'parcours.common.yes' : 'parcours.common.no');
    if (Array.isArray(value)) return value.map((v) => optionLabel(field, v)).join(', ');
    if (typeof value === 'number') {
      const text = new Intl.NumberFormat(intlLocale).format(value);
      return field?.type === 'number' && field.unit ? `${text} ${field.unit}` : text;
    }
    if (field?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      // A calendar date, not an instant: format it in UTC so no time zone shifts it by a day.
      return new Date(`${value}T00:00:00Z`).toLocaleDateString(intlLocale, { timeZone: 'UTC' });
    }
    return optionLabel(field, value);
  };
};
