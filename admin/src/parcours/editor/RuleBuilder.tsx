// The rule builder: pick a fact (catalogue or an earlier form field), an operator that fits its type, a value; nest
// all/any groups. It edits a json-rules-engine condition; the condition, not the builder's query, is what is stored.
import 'react-querybuilder/dist/query-builder-layout.css';
import { QueryBuilderMaterial } from '@react-querybuilder/material';
import type { Condition } from '@parcours/rules';
import { useMemo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { QueryBuilder, type RuleGroupType, type RuleGroupTypeAny } from 'react-querybuilder';
import { NamedValueSelector } from '../rules/namedControls';
import { Box } from '@mui/material';
import { toBuilderFields } from '../rules/builderFields';
import { conditionToQuery, queryToCondition } from '../rules/convert';
import { CodedValueEditor } from './CodedValueEditor';
import type { RuleField } from '../rules/fields';

// Select editors hold strings; booleans stored in conditions are shown as 'true'/'false' and typed back on the way out.
const stringifyBooleans = (q: RuleGroupType): RuleGroupType => ({
  ...q,
  rules: q.rules.map((r) =>
    typeof r === 'string'
      ? r
      : 'rules' in r
        ? stringifyBooleans(r)
        : typeof r.value === 'boolean'
          ? { ...r, value: String(r.value) }
          : r,
  ),
});

const namedControls = {
  combinatorSelector: NamedValueSelector,
  fieldSelector: NamedValueSelector,
  operatorSelector: NamedValueSelector,
  valueSourceSelector: NamedValueSelector,
  valueSelector: NamedValueSelector,
  valueEditor: CodedValueEditor,
};

export const RuleBuilder = ({
  condition,
  fields,
  onChange,
  disabled,
  testId,
}: {
  condition: Condition | undefined;
  fields: readonly RuleField[];
  onChange: (c: Condition) => void;
  disabled?: boolean;
  testId: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The builder keeps its own query (with rule ids); the parent remounts it (key) when another condition is edited.
  const [query, setQuery] = useState<RuleGroupType>(() => stringifyBooleans(conditionToQuery(condition)));
  const builderFields = useMemo(
    () =>
      toBuilderFields(fields, locale, translate, (f, v) => (f.path === '$.sex' ? translate(`parcours.sex.${v}`) : v)),
    [fields, locale, translate],
  );
  const translations = useMemo(
    () => ({
      addRule: { label: translate('parcours.rules.add_rule'), title: translate('parcours.rules.add_rule') },
      addGroup: { label: translate('parcours.rules.add_group'), title: translate('parcours.rules.add_group') },
      removeRule: { label: '⨯', title: translate('parcours.rules.remove') },
      removeGroup: { label: '⨯', title: translate('parcours.rules.remove') },
      notToggle: { label: translate('parcours.rules.not'), title: translate('parcours.rules.not') },
      fields: { title: translate('parcours.rules.field'), placeholderLabel: translate('parcours.rules.pick_field') },
      operators: { title: translate('parcours.rules.operator') },
      value: { title: translate('parcours.rules.value') },
      combinators: { title: translate('parcours.rules.combinator') },
    }),
    [translate],
  );
  const combinators = [
    { name: 'and', value: 'and', label: translate('parcours.rules.all') },
    { name: 'or', value: 'or', label: translate('parcours.rules.any') },
  ];
  return (
    <Box
      data-testid={testId}
      sx={{
        '& .ruleGroup': { p: 1, border: 1, borderColor: 'divider', borderRadius: 1 },
        // Side panels are narrow: the fact gets its own line (its labels are long), operator and value share the next.
        '& .rule': { flexWrap: 'wrap', rowGap: 1 },
        '& .rule-fields': { flexBasis: '100%' },
        '& .rule-operators': { minWidth: 200 },
        '& .rule-value': { flex: 1, minWidth: 120 },
        '& .ruleGroup-header': { flexWrap: 'wrap' },
        '& button': { whiteSpace: 'nowrap' },
      }}
    >
      <QueryBuilderMaterial>
        <QueryBuilder
          fields={builderFields}
          query={query}
          combinators={combinators}
          translations={translations}
          listsAsArrays
          showNotToggle
          disabled={disabled}
          controlElements={namedControls}
          autoSelectField={false}
          autoSelectOperator
          resetOnFieldChange
          onQueryChange={(q: RuleGroupTypeAny) => {
            const group = q as RuleGroupType;
            setQuery(group);
            // Rules whose field is not chosen yet are left out of the condition until they are.
            const complete = pruneIncomplete(group);
            onChange(queryToCondition(complete, fields));
          }}
        />
      </QueryBuilderMaterial>
    </Box>
  );
};

const pruneIncomplete = (q: RuleGroupType): RuleGroupType => ({
  ...q,
  rules: q.rules
    .filter((r) => typeof r !== 'string' && ('rules' in r || (r.field !== '' && r.field !== '~')))
    .map((r) => (typeof r !== 'string' && 'rules' in r ? pruneIncomplete(r) : r)),
});
