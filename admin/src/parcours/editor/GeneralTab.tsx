// What the whole parcours shares: its key, title, description, category, who is eligible (rule builder) and, for
// templates, its named parameters: their values for the coordination, their definitions for experts.
import { Alert, Autocomplete, Box, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { eligibilityFields } from '../rules/fields';
import { useEditor } from './EditorContext';
import { IssueList } from './IssueList';
import { LocalizedTextInputs } from './LocalizedTextInputs';
import { ParametersEditor } from './ParametersEditor';
import { ParametersSection } from './ParametersSection';
import { RuleBuilder } from './RuleBuilder';

const fields = eligibilityFields();
/** The CPTS missions (ACI), offered first; any other slug may be typed. */
export const CATEGORIES = [
  'acces-aux-soins',
  'parcours-pluripro',
  'prevention',
  'crise-sanitaire',
  'qualite-pertinence',
  'accompagnement-professionnels',
] as const;

export const GeneralTab = () => {
  const translate = useTranslate();
  const { draft, setDraft, issues, readOnly } = useEditor();
  const eligibilityIssues = issues.filter((i) => i.pointer.startsWith('/eligibility'));
  const topIssues = issues.filter((i) => !i.stepId && !i.pointer.startsWith('/eligibility'));
  const categoryLabel = (c: string) =>
    (CATEGORIES as readonly string[]).includes(c) ? `${translate(`parcours.categories.${c}`)} (${c})` : c;
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <TextField
        size="small"
        label={translate('resources.parcours.fields.key')}
        value={draft.key}
        disabled
        helperText={translate('parcours.editor.key_help')}
        slotProps={{ htmlInput: { 'data-schema': 'key' } }}
      />
      <LocalizedTextInputs
        label={translate('resources.parcours.fields.title')}
        value={draft.title}
        testId="parcours-title"
        schema="title"
        disabled={readOnly}
        onChange={(title) => setDraft((d) => ({ ...d, title }))}
      />
      <LocalizedTextInputs
        label={translate('parcours.editor.description')}
        value={draft.description}
        testId="parcours-description"
        schema="description"
        disabled={readOnly}
        multiline
        optional
        onChange={(description) => setDraft(({ description: _old, ...d }) => (description ? { ...d, description } : d))}
      />
      <Autocomplete
        freeSolo
        options={CATEGORIES as readonly string[]}
        // The input shows the stored code; the list shows the missions by name.
        renderOption={(props, option) => (
          <li {...props} key={option}>
            {categoryLabel(option)}
          </li>
        )}
        value={draft.category ?? null}
        inputValue={draft.category ?? ''}
        disabled={readOnly}
        data-schema="category"
        onInputChange={(_e, value) =>
          setDraft(({ category: _old, ...d }) => (value.trim() ? { ...d, category: value.trim() } : d))
        }
        renderInput={(params) => (
          <TextField
            {...params}
            size="small"
            label={translate('parcours.editor.category')}
            helperText={translate('parcours.editor.category_help')}
            slotProps={{
              ...params.slotProps,
              htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'parcours-category' },
            }}
          />
        )}
      />
      <IssueList issues={topIssues} testId="general-issues" />
      <Typography variant="h6">{translate('parcours.editor.eligibility')}</Typography>
      <Alert severity="info">{translate('parcours.editor.eligibility_help')}</Alert>
      <Box data-schema="eligibility">
        <RuleBuilder
          testId="eligibility-rules"
          condition={draft.eligibility}
          fields={fields}
          disabled={readOnly}
          onChange={(eligibility) => setDraft((d) => ({ ...d, eligibility }))}
        />
      </Box>
      <IssueList issues={eligibilityIssues} testId="eligibility-issues" />
      <ParametersSection />
      <ParametersEditor />
    </Stack>
  );
};
