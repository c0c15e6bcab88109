import { useEditor } from './EditorContext';
import { issuesAt } from './issues';
import { useIssueText } from './useIssueText';

/** The first message for `field` of the selected step, ready for a TextField's helperText. */
export const useFieldError = (stepId: string): ((field: string) => string | undefined) => {
  const { issues } = useEditor();
  const text = useIssueText();
  return (field) => {
    const [first] = issuesAt(issues, stepId, field);
    return first ? text(first) : undefined;
  };
};
