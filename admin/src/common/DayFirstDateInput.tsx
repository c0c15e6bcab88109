// react-admin date input typed and shown jj/mm/aaaa (see dayFirstDate.ts), replacing DateInput whose native picker
// follows the browser's locale. Chosen over @mui/x-date-pickers: no new dependency (a picker, an adapter and a date
// library) for fields that professionals type from a record; the calendar popup is what we give up.
// The form value is ISO (yyyy-mm-dd), or `empty` when the field is cleared. A form keeps an incomplete text as its value
// so that validation refuses it (an old date is never saved silently); a list filter sends nothing until the date is
// complete, so the API never receives a half-typed one.
import { useEffect, useState } from 'react';
import { FieldTitle, InputHelperText, useInput, useTranslate, type InputProps } from 'react-admin';
import TextField from '@mui/material/TextField';
import { fromDayFirst, toDayFirst } from './dayFirstDate';

type DayFirstDateInputProps = InputProps & {
  /** The value of a cleared field: '' (default) or null (the API's « none »). */
  empty?: '' | null;
  /** In a list filter: an incomplete date changes nothing. */
  filter?: boolean;
  helperText?: string | false;
  fullWidth?: boolean;
  className?: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DayFirstDateInput = ({ empty = '', filter = false, helperText, ...props }: DayFirstDateInputProps) => {
  const translate = useTranslate();
  const notADate = (value: unknown) =>
    typeof value === 'string' && value !== '' && !ISO_DATE.test(value.slice(0, 10))
      ? translate('parcours.common.date_invalid')
      : undefined;
  const validate = [
    notADate,
    ...(Array.isArray(props.validate) ? props.validate : props.validate ? [props.validate] : []),
  ];
  const { field, fieldState, isRequired, id } = useInput({ ...props, validate });
  const [text, setText] = useState(() => toDayFirst(field.value));
  // A value changed from outside (a reset, a filter cleared) shows up in the text.
  useEffect(() => {
    const shown = fromDayFirst(text) ?? (text === '' ? empty : text);
    if (field.value !== shown && !(field.value == null && text === '')) setText(toDayFirst(field.value));
    // Only outside changes of the value matter here: the text is this component's own state.
  }, [field.value]);
  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  return (
    <TextField
      id={id}
      name={field.name}
      value={text}
      onBlur={field.onBlur}
      onChange={(e) => {
        const typed = e.target.value;
        setText(typed);
        const iso = fromDayFirst(typed);
        if (typed.trim() === '') field.onChange(empty);
        else if (iso) field.onChange(iso);
        else if (!filter) field.onChange(typed);
      }}
      label={<FieldTitle label={props.label} source={props.source} resource={props.resource} isRequired={isRequired} />}
      placeholder={translate('parcours.common.date_placeholder')}
      error={Boolean(error)}
      // react-admin's helper decodes its validators' messages (keys with arguments), as its own inputs do.
      helperText={<InputHelperText error={error} helperText={helperText} />}
      className={props.className}
      fullWidth={props.fullWidth}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
};
