// The validation messages of one place of the definition, in the UI language.
import { Alert, Stack } from '@mui/material';
import { useLocalizedText } from '../../common/useLocalizedText';
import type { LocatedIssue } from './issues';

export const IssueList = ({ issues, testId }: { issues: readonly LocatedIssue[]; testId?: string }) => {
  const localize = useLocalizedText();
  if (issues.length === 0) return null;
  return (
    <Stack spacing={0.5} data-testid={testId}>
      {issues.map((i, n) => (
        <Alert key={`${i.pointer}-${n}`} severity="error" variant="outlined" sx={{ py: 0 }}>
          {localize(i.message)}
        </Alert>
      ))}
    </Stack>
  );
};
