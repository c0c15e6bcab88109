import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { useLocalizedText } from '../../common/useLocalizedText';
import { useEditor } from './EditorContext';
import { issueMessage } from './issueMessage';
import type { LocatedIssue } from './issues';

/** Turns an issue into its message in the UI language, naming steps by their current title. */
export const useIssueText = (): ((issue: LocatedIssue) => string) => {
  const { draft } = useEditor();
  const translate = useTranslate();
  const localize = useLocalizedText();
  return useCallback((issue) => issueMessage(issue, draft, translate, localize), [draft, translate, localize]);
};
