// Every version of this parcours key, and a readable diff between this one and another.
import { Alert, Box, List, ListItem, ListItemButton, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../../common/useIntlLocale';
import { useLocalizedText } from '../../common/useLocalizedText';
import type { DiffChange } from '@parcours/rules/contract';
import { getDiff, getVersions } from '../api';
import { useEditor } from './EditorContext';

// Values are shown compactly: a changed duration reads `P14D → P7D`, a whole step is cut short.
const short = (v: unknown): string => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};
const changeText = (c: DiffChange): string =>
  c.op === 'replace'
    ? ` : ${short(c.before)} → ${short(c.after)}`
    : c.op === 'add'
      ? ` : ${short(c.after)}`
      : ` : ${short(c.before)}`;

const DiffView = ({ id, other }: { id: string; other: string }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const { data, error, isPending } = useQuery({
    queryKey: ['parcours-diff', id, other],
    queryFn: () => getDiff(other, id),
  });
  if (isPending) return null;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (data.changes.length === 0) return <Alert severity="info">{translate('parcours.versions.no_changes')}</Alert>;
  return (
    <List dense data-testid="version-diff">
      {data.changes.map((c, i) => (
        <ListItem key={i}>
          <ListItemText
            primary={localize(c.summary)}
            secondary={`${translate(`parcours.versions.ops.${c.op}`)} ${c.path}${changeText(c)}`}
          />
        </ListItem>
      ))}
    </List>
  );
};

export const VersionsTab = () => {
  const translate = useTranslate();
  const intl = useIntlLocale();
  const { id } = useEditor();
  const [other, setOther] = useState<string | null>(null);
  const { data = [], error } = useQuery({ queryKey: ['parcours-versions', id], queryFn: () => getVersions(id) });
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
      <Paper variant="outlined" sx={{ minWidth: 320 }}>
        {error ? <Alert severity="error">{error.message}</Alert> : null}
        <List dense data-testid="versions">
          {data.map((v) => (
            // A <ul> holds only <li>: each button sits in its list item.
            <ListItem key={v.id} disablePadding>
              <ListItemButton
                selected={v.id === other || v.id === id}
                onClick={() => setOther(v.id)}
                disabled={v.id === id}
              >
                <ListItemText
                  primary={`${v.version === null ? translate('parcours.versions.draft') : `v${v.version}`} — ${translate(`parcours.status.parcours.${v.status}`)}`}
                  secondary={v.publishedAt ? new Date(v.publishedAt).toLocaleString(intl) : undefined}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </Paper>
      <Stack sx={{ flex: 1 }} spacing={1}>
        <Typography variant="subtitle1">{translate('parcours.versions.diff_title')}</Typography>
        {other ? (
          <DiffView id={id} other={other} />
        ) : (
          <Typography color="text.secondary">{translate('parcours.versions.pick')}</Typography>
        )}
      </Stack>
    </Box>
  );
};
