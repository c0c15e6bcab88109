// « Accès exceptionnel (bris de glace) » for a professional: find the patient by exact last name and birth date (the
// answer shows identity only), state the reason, then the patient's page opens. A patient already in their care
// opens directly.
import { Alert, Box, Button, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useRedirect, useTranslate } from 'react-admin';
import { RequireAccess } from '../common/RequireAccess';
import { fromDayFirst } from '../common/dayFirstDate';
import { useIntlLocale } from '../common/useIntlLocale';
import { lookupPatients, type LookedUpPatient } from './api';
import { ReasonDialog } from './ReasonDialog';

const BreakGlassOpenPage = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const locale = useIntlLocale();
  const [lastName, setLastName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [chosen, setChosen] = useState<LookedUpPatient | null>(null);
  const iso = fromDayFirst(birthDate);
  const search = useMutation({ mutationFn: () => lookupPatients(lastName, iso ?? '') });
  const show = (id: string) => redirect('show', 'patients', id);
  const day = (d: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'short' }).format(new Date(`${d}T00:00:00Z`));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="parcours.break_glass.title" />
      <CardContent>
        <Stack spacing={2}>
          <Alert severity="warning">{translate('parcours.break_glass.help')}</Alert>
          <Box
            component="form"
            sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}
            onSubmit={(e) => {
              e.preventDefault();
              search.mutate();
            }}
          >
            <TextField
              label={translate('parcours.break_glass.last_name')}
              value={lastName}
              onChange={(e) => setLastName(e.target.value)}
              required
              slotProps={{ htmlInput: { 'data-testid': 'break-glass-last-name', maxLength: 100 } }}
            />
            <TextField
              label={translate('parcours.break_glass.birth_date')}
              value={birthDate}
              onChange={(e) => setBirthDate(e.target.value)}
              required
              placeholder={translate('parcours.common.date_placeholder')}
              error={birthDate !== '' && !iso}
              helperText={birthDate !== '' && !iso ? translate('parcours.common.date_invalid') : ' '}
              slotProps={{ htmlInput: { 'data-testid': 'break-glass-birth-date', inputMode: 'numeric' } }}
            />
            <Button
              type="submit"
              variant="contained"
              disabled={!lastName.trim() || !iso || search.isPending}
              data-testid="break-glass-search"
              sx={{ mt: 1 }}
            >
              {translate('parcours.break_glass.search')}
            </Button>
          </Box>
          {search.isError ? <Alert severity="error">{search.error.message}</Alert> : null}
          {search.data && search.data.length === 0 ? (
            <Typography data-testid="break-glass-none">{translate('parcours.break_glass.none')}</Typography>
          ) : null}
          {search.data && search.data.length > 0 ? (
            <List aria-label={translate('parcours.break_glass.results')} data-testid="break-glass-results">
              {search.data.map((p) => (
                <ListItem
                  key={p.id}
                  secondaryAction={
                    p.accessible ? (
                      <Button onClick={() => show(p.id)}>{translate('parcours.break_glass.open_file')}</Button>
                    ) : (
                      <Button color="warning" variant="outlined" onClick={() => setChosen(p)}>
                        {translate('parcours.break_glass.break')}
                      </Button>
                    )
                  }
                >
                  <ListItemText
                    primary={`${p.lastName.toUpperCase()} ${p.firstName}`}
                    secondary={`${translate('parcours.break_glass.born')} ${day(p.birthDate)}${
                      p.accessible ? ` · ${translate('parcours.break_glass.already')}` : ''
                    }`}
                  />
                </ListItem>
              ))}
            </List>
          ) : null}
        </Stack>
      </CardContent>
      <ReasonDialog patient={chosen} onClose={() => setChosen(null)} onOpened={show} />
    </Card>
  );
};

export const BreakGlassOpen = () => (
  <RequireAccess resource="break-glass" action="create">
    <BreakGlassOpenPage />
  </RequireAccess>
);
