// The reassignment form: a profession (the list used everywhere in the back office) or a professional found by name,
// and an optional reason kept in the journey's history. The API's refusals are shown at the field they point at.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { PROFESSIONS } from '../common/choices';
import type { ParcoursDataProvider, ReassignTarget } from '../providers/dataProvider';
import { fieldErrorsFromProblem } from '../providers/problem';
import type { Task } from '@parcours/rules/contract';
import { ProfessionalPicker, type Professional } from './ProfessionalPicker';

type Mode = 'profession' | 'professional';

export const ReassignTaskDialog = ({ task, onClose }: { task: Task; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ParcoursDataProvider>();
  const [mode, setMode] = useState<Mode>('profession');
  const [profession, setProfession] = useState('');
  const [professional, setProfessional] = useState<Professional | null>(null);
  const [reason, setReason] = useState('');
  const { mutate, isPending, error } = useMutation({
    mutationFn: (to: ReassignTarget) => dataProvider.reassignTask(task.id, to, reason.trim() || undefined),
    onSuccess: () => {
      notify('parcours.tasks.reassign.done', { type: 'success' });
      onClose();
      refresh();
    },
  });
  const fieldErrors = error instanceof HttpError ? fieldErrorsFromProblem(error.body) : {};
  const located = Object.keys(fieldErrors).length > 0;
  const target: ReassignTarget | null =
    mode === 'profession' ? (profession ? { profession } : null) : professional ? { userId: professional.id } : null;

  return (
    <Dialog open onClose={onClose} fullWidth data-testid="reassign-dialog">
      <DialogTitle>{translate('parcours.tasks.reassign.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <RadioGroup row value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
            <FormControlLabel
              value="profession"
              control={<Radio />}
              label={translate('parcours.tasks.reassign.to_profession')}
            />
            <FormControlLabel
              value="professional"
              control={<Radio />}
              label={translate('parcours.tasks.reassign.to_professional')}
              data-testid="reassign-mode-professional"
            />
          </RadioGroup>
          {mode === 'profession' ? (
            <TextField
              select
              fullWidth
              label={translate('parcours.tasks.reassign.profession')}
              value={profession}
              onChange={(e) => setProfession(e.target.value)}
              error={Boolean(fieldErrors['to.profession'] ?? fieldErrors.to)}
              helperText={fieldErrors['to.profession'] ?? fieldErrors.to}
              slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'reassign-profession' } }}
            >
              <option value="" />
              {PROFESSIONS.map((p) => (
                <option key={p} value={p}>
                  {translate(`parcours.professions.${p}`)}
                </option>
              ))}
            </TextField>
          ) : (
            <ProfessionalPicker
              value={professional}
              onChange={setProfessional}
              error={fieldErrors['to.userId'] ?? fieldErrors.to}
            />
          )}
          <TextField
            fullWidth
            multiline
            label={translate('parcours.tasks.reassign.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={Boolean(fieldErrors.reason)}
            helperText={fieldErrors.reason}
            slotProps={{ htmlInput: { 'data-testid': 'reassign-reason', maxLength: 500 } }}
          />
          {error && !located ? (
            <Alert severity="error" data-testid="reassign-error">
              {error.message}
            </Alert>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!target || isPending}
          onClick={() => target && mutate(target)}
          data-testid="reassign-submit"
        >
          {translate('parcours.tasks.reassign.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
