import type { DateFieldProps } from 'react-admin';
import { DateField } from 'react-admin';
import { useIntlLocale } from './useIntlLocale';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' };

/** DateField formatted in the UI language (react-admin's default follows the browser). */
export const LocaleDateField = (props: DateFieldProps) => {
  const locales = useIntlLocale();
  return <DateField {...props} locales={locales} options={props.options ?? (props.showTime ? DATE_TIME : undefined)} />;
};
