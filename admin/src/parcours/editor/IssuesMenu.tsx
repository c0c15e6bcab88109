// The error count of the whole definition; clicking it lists every error, and each takes the user to its place.
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Chip, List, ListItemButton, ListItemText, Popover } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useEditor } from './EditorContext';
import { useGoToIssue } from './useGoToIssue';
import { useIssueText } from './useIssueText';

export const IssuesMenu = () => {
  const translate = useTranslate();
  const { issues } = useEditor();
  const text = useIssueText();
  const goTo = useGoToIssue();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (issues.length === 0)
    return <Chip size="small" color="success" data-testid="issue-count" label={translate('parcours.editor.valid')} />;
  return (
    <>
      <Chip
        size="small"
        color="error"
        icon={<ErrorOutlineIcon />}
        data-testid="issue-count"
        aria-haspopup="true"
        aria-expanded={Boolean(anchor)}
        label={translate('parcours.editor.error_count', { smart_count: issues.length })}
        onClick={(e) => setAnchor(e.currentTarget)}
      />
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <List
          dense
          sx={{ maxWidth: 520, maxHeight: 420, overflow: 'auto' }}
          data-testid="issue-list"
          aria-label={translate('parcours.editor.issue_list')}
        >
          {issues.map((issue, n) => (
            <ListItemButton
              key={`${issue.pointer}-${issue.code}-${n}`}
              onClick={() => {
                setAnchor(null);
                goTo(issue);
              }}
            >
              <ListItemText primary={text(issue)} />
            </ListItemButton>
          ))}
        </List>
      </Popover>
    </>
  );
};
