// The validation messages of one place of the definition, in the UI language. Each can take the focus, so that the
// list of all errors can jump to one that no input shows.
import { Alert, Stack } from '@mui/material';
import type { LocatedIssue } from './issues';
import { useIssueText } from './useIssueText';

export const IssueList = ({ issues, testId }: { issues: readonly LocatedIssue[]; testId?: string }) => {
  const text = useIssueText();
  if (issues.length === 0) return null;
  return (
    <Stack spacing={0.5} data-testid={testId}>
      {issues.map((i, n) => (
        <Alert
          key={`${i.pointer}-${i.code}-${n}`}
          severity="error"
          variant="outlined"
          sx={{ py: 0 }}
          tabIndex={-1}
          data-issue={`${i.pointer} ${i.code}`}
        >
          {text(i)}
        </Alert>
      ))}
    </Stack>
  );
};
