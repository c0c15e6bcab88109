// Asks before publishing, with what changes against the version in service (or that it is the first one). Nothing is
// saved or published until the user confirms.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Typography,
} from '@mui/material';
import { diffDefinitions } from '@parcours/rules';
import { useQuery } from '@tanstack/react-query';
import { Loading, useTranslate } from 'react-admin';
import { useLocalizedText } from '../../common/useLocalizedText';
import { getParcours, getVersions } from '../api';
import type { Draft } from './draft';
import { useEditor } from './EditorContext';
import { summariseChanges, type SummaryLine } from './publishSummary';

/** The published version of the same key, if any, and its definition. */
const runningVersion = async (id: string) => {
  const published = (await getVersions(id)).find((v) => v.status === 'published');
  return published ? { version: published.version, body: (await getParcours(published.id)).body } : null;
};

const useLineText = (before: unknown, after: Draft) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const name = (def: unknown, id: string) => {
    const step = (def as Draft | null)?.steps?.find((s) => s.id === id);
    return (step?.title && localize(step.title)) || id;
  };
  const aspects = (list: string[]) => list.map((a) => translate(`parcours.issue_fields.${a}`, { _: a })).join(', ');
  return (line: SummaryLine): string => {
    switch (line.kind) {
      case 'step_added':
        return translate('parcours.publish.step_added', { step: name(after, line.step) });
      case 'step_removed':
        return translate('parcours.publish.step_removed', { step: name(before, line.step) });
      case 'step_changed':
        return translate('parcours.publish.step_changed', {
          step: name(after, line.step),
          what: aspects(line.aspects),
        });
      case 'general_changed':
        return translate('parcours.publish.general_changed', { what: aspects(line.aspects) });
      case 'steps_reordered':
      case 'eligibility_changed':
        return translate(`parcours.publish.${line.kind}`);
    }
  };
};

const Summary = ({ before, version }: { before: unknown; version: number | null }) => {
  const translate = useTranslate();
  const { draft } = useEditor();
  const text = useLineText(before, draft);
  const lines = summariseChanges(diffDefinitions(before, draft));
  return (
    <>
      <Typography sx={{ mb: 1 }}>{translate('parcours.publish.against', { version: version ?? '' })}</Typography>
      {lines.length ? (
        <List dense data-testid="publish-summary">
          {lines.map((line, n) => (
            <ListItem key={n} sx={{ display: 'list-item', listStyle: 'disc', ml: 3, py: 0 }}>
              {text(line)}
            </ListItem>
          ))}
        </List>
      ) : (
        <Alert severity="info" data-testid="publish-summary">
          {translate('parcours.publish.no_change')}
        </Alert>
      )}
    </>
  );
};

export const PublishDialog = ({
  open,
  onClose,
  onConfirm,
}: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) => {
  const translate = useTranslate();
  const { id, draft } = useEditor();
  const { data, error, isPending } = useQuery({
    queryKey: ['parcours-running-version', id],
    queryFn: () => runningVersion(id),
    enabled: open,
  });
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="publish-title">
      <DialogTitle id="publish-title">{translate('parcours.publish.title')}</DialogTitle>
      <DialogContent>
        {isPending ? <Loading /> : null}
        {error ? <Alert severity="error">{error.message}</Alert> : null}
        {data === null ? (
          <Typography data-testid="publish-summary">
            {translate('parcours.publish.first_version', { smart_count: draft.steps.length })}
          </Typography>
        ) : null}
        {data ? <Summary before={data.body} version={data.version} /> : null}
        <Typography sx={{ mt: 2 }} color="text.secondary">
          {translate('parcours.publish.running_journeys')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={isPending} onClick={onConfirm} data-testid="publish-confirm">
          {translate('parcours.publish.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
