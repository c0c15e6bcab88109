// For the roles that read the history (coordinators and auditors): replay the recorded history against today's workflow code, and export it raw.
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import ReplayIcon from '@mui/icons-material/Replay';
import { Alert, Box, Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Link, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Journey } from '@parcours/rules/contract';
import { downloadRawHistory, replayJourney } from './api';

export const JourneyAuditActions = () => {
  const journey = useRecordContext<Journey>();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess: canReadHistory } = useCanAccess({ resource: 'journeys', action: 'history' });
  const { canAccess: canReplay } = useCanAccess({ resource: 'journeys', action: 'replay' });
  const replay = useMutation({ mutationFn: () => replayJourney(String(journey?.id)) });
  if (!journey || !canReadHistory) return null;
  const verdict = replay.data;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 1 }}>
        {canReplay ? (
          <Button
            variant="outlined"
            startIcon={<ReplayIcon />}
            disabled={replay.isPending}
            onClick={() => replay.mutate()}
            data-testid="replay"
          >
            {translate('parcours.timeline.replay')}
          </Button>
        ) : null}
        <Button
          component={Link}
          to={`/journeys/${encodeURIComponent(String(journey.id))}/print`}
          variant="outlined"
          startIcon={<PrintIcon />}
          data-testid="print-history"
        >
          {translate('parcours.print.open')}
        </Button>
        <Button
          startIcon={<DownloadIcon />}
          onClick={() =>
            void downloadRawHistory(String(journey.id)).catch((e: unknown) =>
              notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
            )
          }
          data-testid="export-history"
        >
          {translate('parcours.timeline.export')}
        </Button>
      </Box>
      {verdict ? (
        <Alert severity={verdict.ok ? 'success' : 'error'} data-testid="replay-verdict">
          {verdict.ok
            ? translate('parcours.timeline.replay_ok', { smart_count: verdict.runs })
            : translate('parcours.timeline.replay_failed', { runId: verdict.runId, error: verdict.error })}
        </Alert>
      ) : null}
      {replay.error ? <Alert severity="error">{replay.error.message}</Alert> : null}
    </Box>
  );
};
