import { useEditor } from './EditorContext';
import { issuesAt } from './issues';
import { useLocalizedText } from '../../common/useLocalizedText';

/** The first message for `field` of the selected step, ready for a TextField's helperText. */
export const useFieldError = (stepId: string): ((field: string) => string | undefined) => {
  const { issues } = useEditor();
  const localize = useLocalizedText();
  return (field) => {
    const [first] = issuesAt(issues, stepId, field);
    return first ? localize(first.message) : undefined;
  };
};
