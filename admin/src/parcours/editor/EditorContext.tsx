// State shared by the editor's tabs: the draft, the open tab, the selection, the path drawn by the Tester and the
// located issues (the one list every error count is taken from).
import { validate } from '@parcours/rules';
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ServerIssue } from '../api';
import type { Draft } from './draft';
import { locate, mergeIssues, type LocatedIssue } from './issues';

export const EDITOR_TABS = ['diagram', 'general', 'tester', 'json', 'versions'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];
export type Selection = { kind: 'step'; id: string } | { kind: 'transition'; from: string; index: number } | null;
/** Steps and transitions (`from->index`) taken by the last simulation. */
export interface Highlight {
  steps: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

interface EditorState {
  id: string;
  readOnly: boolean;
  draft: Draft;
  setDraft: (change: (d: Draft) => Draft) => void;
  dirty: boolean;
  markSaved: () => void;
  tab: EditorTab;
  setTab: (tab: EditorTab) => void;
  selection: Selection;
  select: (s: Selection) => void;
  highlight: Highlight | null;
  setHighlight: (h: Highlight | null) => void;
  /** Client validation errors, plus those the server gave back on publish until the next edit. */
  issues: LocatedIssue[];
  setServerIssues: (issues: ServerIssue[]) => void;
  /** Form fields whose id still follows their label (added in this session, id never typed by hand). */
  autoIds: AutoIds;
}

/** Which form field ids are still derived from their label, by `<stepId>/<fieldId>`. */
export interface AutoIds {
  follows: (stepId: string, fieldId: string) => boolean;
  set: (stepId: string, fieldId: string, follows: boolean) => void;
  renameStep: (from: string, to: string) => void;
}

const createAutoIds = (): AutoIds => {
  const keys = new Set<string>();
  return {
    follows: (stepId, fieldId) => keys.has(`${stepId}/${fieldId}`),
    set: (stepId, fieldId, follows) => {
      if (follows) keys.add(`${stepId}/${fieldId}`);
      else keys.delete(`${stepId}/${fieldId}`);
    },
    renameStep: (from, to) => {
      for (const k of [...keys])
        if (k.startsWith(`${from}/`)) {
          keys.delete(k);
          keys.add(`${to}/${k.slice(from.length + 1)}`);
        }
    },
  };
};

const Context = createContext<EditorState | null>(null);

export const useEditor = (): EditorState => {
  const state = useContext(Context);
  if (!state) throw new Error('useEditor outside <EditorProvider>');
  return state;
};

export const EditorProvider = ({
  id,
  initial,
  readOnly,
  children,
}: {
  id: string;
  initial: Draft;
  readOnly: boolean;
  children: ReactNode;
}) => {
  const [draft, setDraftState] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<EditorTab>('diagram');
  const [selection, select] = useState<Selection>(null);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [serverIssues, setServerIssuesState] = useState<ServerIssue[]>([]);
  // Not state: which ids follow their label never changes what is drawn, only what the next label edit does.
  const autoIds = useRef<AutoIds>(null);
  autoIds.current ??= createAutoIds();
  const autoIdsApi = autoIds.current;

  const issues = useMemo(
    () =>
      mergeIssues(
        validate(draft).errors.map((i) => locate(draft, i)),
        serverIssues.map((i) => locate(draft, i)),
      ),
    [draft, serverIssues],
  );

  const value = useMemo<EditorState>(
    () => ({
      id,
      readOnly,
      draft,
      setDraft: (change) => {
        if (readOnly) return;
        setDraftState(change);
        setDirty(true);
        setServerIssuesState([]);
        // A simulated path no longer describes an edited definition.
        setHighlight(null);
      },
      dirty,
      markSaved: () => setDirty(false),
      tab,
      setTab,
      selection,
      select,
      highlight,
      setHighlight,
      issues,
      setServerIssues: setServerIssuesState,
      autoIds: autoIdsApi,
    }),
    [id, readOnly, draft, dirty, tab, selection, highlight, issues, autoIdsApi],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
};
