import {
  CheckboxGroupInput,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { DayFirstDateInput } from '../common/DayFirstDateInput';
import { useLocalizedText } from '../common/useLocalizedText';
import type { FormField } from '@parcours/rules/contract';
import { ANSWERS_PREFIX, BOOLEAN_NO, BOOLEAN_YES } from './answers';
import { fieldValidators } from './fieldValidators';

// Up to this many options are shown as radios/checkboxes (one click); more become a select.
const MAX_INLINE_OPTIONS = 6;
// Text answers allowed to be longer than this get a multi-line box.
const SINGLE_LINE_MAX_LENGTH = 120;

/** One input generated from a task form field declared in the parcours definition. */
export const TaskFormFieldInput = ({ field }: { field: FormField }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const source = `${ANSWERS_PREFIX}.${field.id}`;
  const unit = field.type === 'number' ? field.unit : undefined;
  const label = unit ? `${localize(field.label)} (${unit})` : localize(field.label);
  const common = {
    source,
    label,
    helperText: field.help ? localize(field.help) : false,
    validate: fieldValidators(field),
    fullWidth: true,
  } as const;

  switch (field.type) {
    case 'number':
      return <NumberInput {...common} min={field.min} max={field.max} step={field.integer ? 1 : 'any'} />;
    case 'boolean':
      return (
        <RadioButtonGroupInput
          {...common}
          choices={[
            { id: BOOLEAN_YES, name: translate('parcours.common.yes') },
            { id: BOOLEAN_NO, name: translate('parcours.common.no') },
          ]}
          translateChoice={false}
        />
      );
    case 'date':
      return <DayFirstDateInput {...common} />;
    case 'text': {
      const multiline = field.maxLength === undefined || field.maxLength > SINGLE_LINE_MAX_LENGTH;
      return <TextInput {...common} multiline={multiline} minRows={multiline ? 3 : undefined} />;
    }
    case 'choice': {
      const choices = (field.options ?? []).map((option) => ({ id: option.value, name: localize(option.label) }));
      if (field.multiple) return <CheckboxGroupInput {...common} choices={choices} translateChoice={false} />;
      if (choices.length <= MAX_INLINE_OPTIONS) {
        return <RadioButtonGroupInput {...common} choices={choices} translateChoice={false} />;
      }
      return <SelectInput {...common} choices={choices} translateChoice={false} />;
    }
  }
};
