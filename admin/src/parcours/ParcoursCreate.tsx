// A new parcours: from scratch (a key and a title, then the diagram) or from one of the shipped templates.
import {
  Alert,
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import { createFromTemplate, createParcours, getTemplates } from './api';
import { blankDraft } from './editor/draft';
import { RequireAccess } from '../common/RequireAccess';

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const ParcoursCreatePage = () => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const notify = useNotify();
  const redirect = useRedirect();
  const [mode, setMode] = useState<'blank' | 'template'>('blank');
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data: templates = [], error } = useQuery({
    queryKey: ['templates'],
    queryFn: getTemplates,
    enabled: mode === 'template',
  });
  const keyError = key !== '' && !KEY_PATTERN.test(key);
  const canCreate = mode === 'blank' ? KEY_PATTERN.test(key) && title.trim() !== '' : template !== null && !keyError;

  const create = async () => {
    setBusy(true);
    try {
      const created =
        mode === 'blank'
          ? await createParcours(blankDraft(key, title.trim()))
          : await createFromTemplate(template ?? '', key || undefined);
      redirect('edit', 'parcours', created.id);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="parcours.create.title" />
      <CardContent>
        <Stack spacing={2}>
          <ToggleButtonGroup exclusive value={mode} onChange={(_e, m: 'blank' | 'template' | null) => m && setMode(m)}>
            <ToggleButton value="blank" data-testid="create-blank">
              {translate('parcours.create.blank')}
            </ToggleButton>
            <ToggleButton value="template" data-testid="create-template">
              {translate('parcours.create.from_template')}
            </ToggleButton>
          </ToggleButtonGroup>
          <TextField
            label={translate('resources.parcours.fields.key')}
            value={key}
            error={keyError}
            helperText={translate(mode === 'blank' ? 'parcours.create.key_help' : 'parcours.create.key_template_help')}
            slotProps={{ htmlInput: { 'data-testid': 'create-key' } }}
            onChange={(e) => setKey(e.target.value.trim())}
          />
          {mode === 'blank' ? (
            <TextField
              label={translate('resources.parcours.fields.title')}
              value={title}
              slotProps={{ htmlInput: { 'data-testid': 'create-title' } }}
              onChange={(e) => setTitle(e.target.value)}
            />
          ) : (
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 1 }}>
              {error ? <Alert severity="error">{error.message}</Alert> : null}
              {templates.map((t) => (
                <Card
                  key={t.key}
                  variant="outlined"
                  sx={{ borderColor: template === t.key ? 'primary.main' : undefined }}
                >
                  <CardActionArea onClick={() => setTemplate(t.key)} data-testid={`template-${t.key}`}>
                    <CardContent>
                      <Typography variant="subtitle1">{localize(t.title)}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {localize(t.description)}
                      </Typography>
                      <Typography variant="caption">
                        {translate('parcours.create.step_count', { smart_count: t.stepCount })}
                      </Typography>
                    </CardContent>
                  </CardActionArea>
                </Card>
              ))}
            </Box>
          )}
          <Box>
            <Button
              variant="contained"
              disabled={!canCreate || busy}
              onClick={() => void create()}
              data-testid="create-submit"
            >
              {translate('parcours.create.submit')}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};

export const ParcoursCreate = () => (
  <RequireAccess action="create" resource="parcours">
    <ParcoursCreatePage />
  </RequireAccess>
);
