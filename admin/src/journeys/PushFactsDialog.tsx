// "Nouvelles données patient": the coordinator sends new facts to a running journey and reads, in French, whether a
// pending decision was evaluated again and where the journey now stands.
import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useRefresh, useTranslate } from 'react-admin';
import { fieldErrorsFromProblem } from '../providers/problem';
import type { Journey, PushFactsResult } from '@parcours/rules/contract';
import { pushFacts } from './api';
import { factRowError, toFacts, type FactRow } from './facts';
import { FactRowInputs } from './FactRowInputs';

const ResultText = ({ result }: { result: PushFactsResult }) => {
  const translate = useTranslate();
  const step = result.currentStep ?? translate('parcours.common.not_set');
  const text =
    result.status !== 'running'
      ? translate('parcours.journeys.facts.ended', {
          status: translate(`parcours.status.journey.${result.status}`, { _: result.status }).toLowerCase(),
        })
      : translate(
          result.reevaluated ? 'parcours.journeys.facts.reevaluated' : 'parcours.journeys.facts.not_reevaluated',
          {
            step,
          },
        );
  return (
    <Alert severity="success" data-testid="facts-result">
      {text}
    </Alert>
  );
};

export const PushFactsDialog = ({ journey, onClose }: { journey: Journey; onClose: () => void }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [rows, setRows] = useState<FactRow[]>([{ id: 0, key: '', type: 'number', value: '' }]);
  const [source, setSource] = useState('');
  const [touched, setTouched] = useState(false);
  const { mutate, isPending, error, data, reset } = useMutation({
    mutationFn: () => pushFacts(String(journey.id), toFacts(rows), source.trim() || undefined),
    // The journey may have moved on (a decision re-evaluated): the page behind shows it at once.
    onSuccess: () => refresh(),
  });
  const serverErrors = error instanceof HttpError ? fieldErrorsFromProblem(error.body) : {};
  // The server's refusal of a fact wins; the local checks show only once a submission was attempted.
  const errors = rows.map((row) => {
    const local = touched ? factRowError(row, rows) : undefined;
    return serverErrors[`facts.${row.key}`] ?? (local ? translate(local) : undefined);
  });
  const update = (next: FactRow[]) => {
    setRows(next);
    reset();
  };
  const submit = () => {
    setTouched(true);
    if (rows.some((row) => factRowError(row, rows))) return;
    mutate();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="facts-dialog">
      <DialogTitle>{translate('parcours.journeys.facts.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{translate('parcours.journeys.facts.help')}</DialogContentText>
          {rows.map((row, index) => (
            <FactRowInputs
              key={row.id}
              row={row}
              index={index}
              error={errors[index]}
              onChange={(changed) => update(rows.map((r) => (r.id === row.id ? changed : r)))}
              onRemove={rows.length > 1 ? () => update(rows.filter((r) => r.id !== row.id)) : undefined}
            />
          ))}
          <div>
            <Button
              startIcon={<AddIcon />}
              data-testid="fact-add"
              onClick={() =>
                update([...rows, { id: Math.max(...rows.map((r) => r.id)) + 1, key: '', type: 'number', value: '' }])
              }
            >
              {translate('parcours.journeys.facts.add')}
            </Button>
          </div>
          <TextField
            label={translate('parcours.journeys.facts.source')}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          {data ? <ResultText result={data} /> : null}
          {error && !rows.some((row) => serverErrors[`facts.${row.key}`]) ? (
            <Alert severity="error" data-testid="facts-error">
              {error.message}
            </Alert>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button variant="contained" disabled={isPending} onClick={submit} data-testid="facts-submit">
          {translate('parcours.journeys.facts.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
