// Opens "Nouvelles données patient" on a running journey, for coordinators (the API refuses everyone else).
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { Journey } from '@parcours/rules/contract';
import { PushFactsDialog } from './PushFactsDialog';

export const PushFactsButton = () => {
  const journey = useRecordContext<Journey>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'journeys', action: 'facts' });
  if (!journey || journey.status !== 'running' || !canAccess) return null;
  return (
    <>
      <Button startIcon={<NoteAddIcon />} onClick={() => setOpen(true)} data-testid="push-facts">
        {translate('parcours.journeys.facts.open')}
      </Button>
      {open ? <PushFactsDialog journey={journey} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
