// Takes the user to an issue: opens the tab that shows it, selects its step or transition, then focuses the input
// whose helper text is the issue's message, or the message itself when no input carries it.
import { useCallback } from 'react';
import { useEditor } from './EditorContext';
import type { LocatedIssue } from './issues';
import { useIssueText } from './useIssueText';

const focusable = (issue: LocatedIssue, message: string): HTMLElement | null => {
  for (const helper of document.querySelectorAll<HTMLElement>('.MuiFormHelperText-root')) {
    if (helper.textContent !== message || !helper.id) continue;
    const input = document.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(helper.id)}"]`);
    if (input) return input;
  }
  return document.querySelector<HTMLElement>(`[data-issue="${CSS.escape(`${issue.pointer} ${issue.code}`)}"]`);
};

export const useGoToIssue = (): ((issue: LocatedIssue) => void) => {
  const { setTab, select } = useEditor();
  const text = useIssueText();
  return useCallback(
    (issue) => {
      if (issue.area === 'steps' && issue.stepId !== undefined) {
        setTab('diagram');
        select(
          issue.transition !== undefined
            ? { kind: 'transition', from: issue.stepId, index: issue.transition }
            : { kind: 'step', id: issue.stepId },
        );
      } else setTab('general');
      const message = text(issue);
      // The panel renders after this click: look for the target for up to a second.
      let tries = 0;
      const attempt = () => {
        const target = focusable(issue, message);
        if (target) {
          target.scrollIntoView({ block: 'center' });
          target.focus();
        } else if (++tries < 20) window.setTimeout(attempt, 50);
      };
      window.setTimeout(attempt, 0);
    },
    [setTab, select, text],
  );
};
