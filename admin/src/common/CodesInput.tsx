// react-admin input for a list of coded facts (pathologies, ALD), chosen from the catalogue.
import type { CodeSystem } from '@parcours/rules/codes';
import { useInput, useTranslate, type Validator } from 'react-admin';
import { CodePicker } from './CodePicker';

export const CodesInput = ({
  source,
  system,
  validate,
  helperText,
}: {
  source: string;
  system: CodeSystem;
  validate?: Validator | Validator[];
  helperText?: string;
}) => {
  const translate = useTranslate();
  const { field, fieldState, id } = useInput({ source, ...(validate ? { validate } : {}) });
  const error = fieldState.error?.message;
  return (
    <CodePicker
      system={system}
      value={Array.isArray(field.value) ? (field.value as string[]) : []}
      onChange={(codes) => field.onChange(codes)}
      label={translate(`resources.patients.fields.${source}`)}
      helperText={error ? translate(error) : helperText ? translate(helperText) : undefined}
      error={Boolean(error)}
      testId={id}
      size="medium"
    />
  );
};
