// What the whole parcours shares: its key, title, description, category, who is eligible (rule builder) and its
// parameters.
import { Alert, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { eligibilityFields } from '../rules/fields';
import { useEditor } from './EditorContext';
import { IssueList } from './IssueList';
import { LocalizedTextInputs } from './LocalizedTextInputs';
import { ParametersSection } from './ParametersSection';
import { RuleBuilder } from './RuleBuilder';

const fields = eligibilityFields();

export const GeneralTab = () => {
  const translate = useTranslate();
  const { draft, setDraft, issues, readOnly } = useEditor();
  const eligibilityIssues = issues.filter((i) => i.pointer.startsWith('/eligibility'));
  const topIssues = issues.filter((i) => !i.stepId && !i.pointer.startsWith('/eligibility'));
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <TextField size="small" label={translate('resources.parcours.fields.key')} value={draft.key} disabled />
      <LocalizedTextInputs
        label={translate('resources.parcours.fields.title')}
        value={draft.title}
        testId="parcours-title"
        onChange={(title) => setDraft((d) => ({ ...d, title }))}
      />
      <LocalizedTextInputs
        label={translate('parcours.editor.description')}
        value={draft.description}
        testId="parcours-description"
        multiline
        onChange={(description) => setDraft((d) => ({ ...d, description }))}
      />
      <IssueList issues={topIssues} testId="general-issues" />
      <Typography variant="h6">{translate('parcours.editor.eligibility')}</Typography>
      <Alert severity="info">{translate('parcours.editor.eligibility_help')}</Alert>
      <RuleBuilder
        testId="eligibility-rules"
        condition={draft.eligibility}
        fields={fields}
        disabled={readOnly}
        onChange={(eligibility) => setDraft((d) => ({ ...d, eligibility }))}
      />
      <IssueList issues={eligibilityIssues} testId="eligibility-issues" />
      <ParametersSection />
    </Stack>
  );
};
