// Catalogue fields → react-querybuilder fields, each with the operators and the value editor that fit its type.
import type { Field } from 'react-querybuilder';
import { OPERATORS_BY_TYPE } from './operators';
import type { RuleField } from './fields';

type Translate = (key: string) => string;

const valueOptions = (values: readonly string[], translateValue: (v: string) => string) =>
  values.map((v) => ({ name: v, value: v, label: translateValue(v) }));

/** One builder field per catalogue entry; `locale` picks the label, `translate` the operator names. */
export const toBuilderFields = (
  fields: readonly RuleField[],
  locale: string,
  translate: Translate,
  translateValue: (field: RuleField, v: string) => string,
): Field[] =>
  fields.map((f) => {
    const operators = OPERATORS_BY_TYPE[f.type].map((op) => ({
      name: op,
      value: op,
      label: translate(`parcours.rules.operators.${op}`),
    }));
    const base = { name: f.name, value: f.name, label: locale === 'en' ? f.label.en : f.label.fr, operators };
    switch (f.type) {
      case 'number':
        return { ...base, inputType: 'number', defaultValue: 0 };
      case 'boolean':
        return {
          ...base,
          valueEditorType: 'select',
          values: [
            { name: 'true', value: 'true', label: translate('parcours.common.yes') },
            { name: 'false', value: 'false', label: translate('parcours.common.no') },
          ],
          defaultValue: 'true',
        };
      case 'date':
        return { ...base, placeholder: 'P30D', defaultValue: 'P30D' };
      case 'string[]':
        // Coded facts get the catalogue picker (CodedValueEditor), which reads `codes`.
        if (f.codes) return { ...base, codes: f.codes };
        return f.values
          ? {
              ...base,
              valueEditorType: (op: string) =>
                op === 'in' || op === 'notIn' || op === 'containsAny' || op === 'containsAll'
                  ? 'multiselect'
                  : 'select',
              values: valueOptions(f.values, (v) => translateValue(f, v)),
            }
          : base;
      case 'string':
        return f.values
          ? {
              ...base,
              valueEditorType: (op: string) =>
                op === 'in' || op === 'notIn' || op === 'containsAny' || op === 'containsAll'
                  ? 'multiselect'
                  : 'select',
              values: valueOptions(f.values, (v) => translateValue(f, v)),
            }
          : base;
      case 'unknown':
        return base;
    }
  });
