// The rule builder's value editor: coded facts (pathologies, ALD) are picked from the catalogue by name, one code for
// « contient », several for « contient l’un de / tous »; every other fact keeps the Material editor (with its name).
import type { MaterialValueEditorProps } from '@react-querybuilder/material';
import type { CodeSystem } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { CodePicker, SingleCodePicker } from '../../common/CodePicker';
import { NamedValueEditor } from '../rules/namedControls';
import { LIST_OPERATORS } from '../rules/operators';

const asList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string' && value
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];

export const CodedValueEditor = (props: MaterialValueEditorProps) => {
  const translate = useTranslate();
  const system = (props.fieldData as { codes?: CodeSystem }).codes;
  if (!system) return <NamedValueEditor {...props} />;
  const common = {
    system,
    label: translate('parcours.rules.value'),
    disabled: Boolean(props.disabled),
    testId: `rule-value-${props.field}`,
  };
  return LIST_OPERATORS.has(props.operator) ? (
    <CodePicker {...common} value={asList(props.value)} onChange={(codes) => props.handleOnChange(codes)} />
  ) : (
    <SingleCodePicker
      {...common}
      value={typeof props.value === 'string' ? props.value : null}
      onChange={(code) => props.handleOnChange(code ?? '')}
    />
  );
};
