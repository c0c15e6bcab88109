import type { Validator } from 'react-admin';
import { maxLength, maxValue, minValue, number, required } from 'react-admin';
import type { FormField } from '@parcours/rules/contract';

const integer: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || Number.isInteger(Number(value))
    ? undefined
    : 'parcours.tasks.validation.integer';

/** react-admin validators for one task form field, mirroring the constraints the API checks again. */
export const fieldValidators = (field: FormField): Validator[] => {
  const validators: Validator[] = [];
  if (field.required) validators.push(required());
  switch (field.type) {
    case 'number':
      validators.push(number());
      if (field.min !== undefined) validators.push(minValue(field.min));
      if (field.max !== undefined) validators.push(maxValue(field.max));
      if (field.integer) validators.push(integer);
      break;
    case 'text':
      if (field.maxLength !== undefined) validators.push(maxLength(field.maxLength));
      break;
    case 'boolean':
    case 'choice':
    case 'date':
      break;
  }
  return validators;
};
