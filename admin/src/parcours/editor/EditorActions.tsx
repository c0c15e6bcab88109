// Save the draft, publish it (only once no error remains, after a confirmation that shows what changes; the server
// validates again and may refuse with located errors), retire a published one, or start a new draft from a frozen one.
import PublishIcon from '@mui/icons-material/Publish';
import SaveIcon from '@mui/icons-material/Save';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import BlockIcon from '@mui/icons-material/Block';
import { Box, Button, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import type { ParcoursStatus } from '@parcours/rules/contract';
import { createParcours, problemIssues, publishParcours, retireParcours, saveDraft } from '../api';
import { useEditor } from './EditorContext';
import { IssuesMenu } from './IssuesMenu';
import { PublishDialog } from './PublishDialog';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const EditorActions = ({ status, onChanged }: { status: ParcoursStatus; onChanged: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const { id, draft, dirty, markSaved, issues, setServerIssues } = useEditor();
  const [busy, setBusy] = useState(false);
  const [confirmRetire, setConfirmRetire] = useState(false);
  const [confirmPublish, setConfirmPublish] = useState(false);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    act(async () => {
      try {
        await saveDraft(id, draft);
        markSaved();
        notify('parcours.editor.saved', { type: 'success' });
      } catch (e) {
        notify(message(e), { type: 'error' });
      }
    });
  // Called only from the confirmation dialog: the draft is saved, then published, never one without the other asked.
  const publish = () =>
    act(async () => {
      try {
        if (dirty) await saveDraft(id, draft);
        markSaved();
        const row = await publishParcours(id);
        notify('parcours.editor.published', { type: 'success', messageArgs: { version: row.version ?? '' } });
        refresh();
        onChanged();
      } catch (e) {
        const located = problemIssues(e);
        // The error count (chip, list, button) now includes the server's findings: one count everywhere.
        setServerIssues(located);
        notify(located.length ? 'parcours.editor.publish_refused' : message(e), { type: 'error' });
      }
    });
  const retire = () =>
    act(async () => {
      try {
        await retireParcours(id);
        notify('parcours.editor.retired', { type: 'success' });
        onChanged();
      } catch (e) {
        notify(message(e), { type: 'error' });
      }
    });
  const newDraft = () =>
    act(async () => {
      try {
        const created = await createParcours(draft);
        redirect('edit', 'parcours', created.id);
      } catch (e) {
        notify(message(e), { type: 'error' });
      }
    });

  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <IssuesMenu />
      {status === 'draft' ? (
        <>
          <Button
            startIcon={<SaveIcon />}
            disabled={busy || !dirty}
            onClick={() => void save()}
            data-testid="save-draft"
          >
            {translate('parcours.editor.save')}
          </Button>
          <Tooltip title={issues.length ? translate('parcours.editor.publish_blocked') : ''}>
            {/* A span keeps the tooltip on a disabled button. */}
            <span>
              <Button
                variant="contained"
                startIcon={<PublishIcon />}
                disabled={busy || issues.length > 0}
                onClick={() => setConfirmPublish(true)}
                data-testid="publish"
              >
                {translate('parcours.editor.publish')}
              </Button>
            </span>
          </Tooltip>
          <PublishDialog
            open={confirmPublish}
            onClose={() => setConfirmPublish(false)}
            onConfirm={() => {
              setConfirmPublish(false);
              void publish();
            }}
          />
        </>
      ) : (
        <Button startIcon={<ContentCopyIcon />} disabled={busy} onClick={() => void newDraft()} data-testid="new-draft">
          {translate('parcours.editor.new_draft')}
        </Button>
      )}
      {status === 'published' ? (
        <Button
          color="warning"
          startIcon={<BlockIcon />}
          disabled={busy}
          onClick={() => setConfirmRetire(true)}
          data-testid="retire"
        >
          {translate('parcours.editor.retire')}
        </Button>
      ) : null}
      <Confirm
        isOpen={confirmRetire}
        title="parcours.editor.retire_title"
        content="parcours.editor.retire_content"
        onConfirm={() => {
          setConfirmRetire(false);
          void retire();
        }}
        onClose={() => setConfirmRetire(false)}
      />
    </Box>
  );
};
