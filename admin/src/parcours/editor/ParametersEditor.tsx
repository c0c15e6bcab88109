// Template parameters (named values such as a threshold or an interval, written literally at JSON pointers): who edits
// a template can name them, say where they apply and where the default comes from.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { Parameter } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { useEditor } from './EditorContext';
import { LocalizedTextInputs } from './LocalizedTextInputs';

const TYPES: readonly Parameter['type'][] = ['number', 'duration', 'string', 'boolean'];
const P = 'parameters[]';

const without = (p: Parameter, changes: Partial<Parameter>): Parameter => {
  const next = { ...p, ...changes } as Record<string, unknown>;
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k];
  return next as unknown as Parameter;
};

export const ParametersEditor = () => {
  const translate = useTranslate();
  const { draft, setDraft, readOnly } = useEditor();
  const parameters = (draft.parameters as Parameter[] | undefined) ?? [];
  const set = (index: number, p: Parameter | null) =>
    setDraft((d) => {
      const list = [...((d.parameters as Parameter[] | undefined) ?? [])];
      if (p === null) list.splice(index, 1);
      else list[index] = p;
      const { parameters: _old, ...rest } = d;
      return list.length ? { ...rest, parameters: list } : rest;
    });
  return (
    <Stack spacing={1} data-testid="parameter-definitions">
      <Typography variant="h6">{translate('parcours.editor.parameter_definitions')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('parcours.editor.parameter_definitions_help')}
      </Typography>
      {parameters.map((p, i) => (
        <Paper key={i} variant="outlined" sx={{ p: 1 }}>
          <Stack spacing={1}>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              <TextField
                size="small"
                label={translate('parcours.editor.parameter_id')}
                value={p.id}
                disabled={readOnly}
                slotProps={{ htmlInput: { 'data-schema': `${P}.id`, spellCheck: false } }}
                onChange={(e) => set(i, { ...p, id: e.target.value })}
                sx={{ flex: 1, minWidth: 200 }}
              />
              <TextField
                select
                size="small"
                label={translate('parcours.editor.parameter_type')}
                value={p.type}
                disabled={readOnly}
                data-schema={`${P}.type`}
                onChange={(e) => set(i, { ...p, type: e.target.value as Parameter['type'] })}
                sx={{ width: 150 }}
              >
                {TYPES.map((t) => (
                  <MenuItem key={t} value={t}>
                    {translate(`parcours.editor.parameter_types.${t}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                size="small"
                label={translate('parcours.editor.field_unit')}
                value={p.unit ?? ''}
                disabled={readOnly}
                slotProps={{ htmlInput: { 'data-schema': `${P}.unit` } }}
                onChange={(e) => set(i, without(p, { unit: e.target.value || undefined }))}
                sx={{ width: 110 }}
              />
              <FormControlLabel
                data-schema={`${P}.unverified`}
                control={
                  <Checkbox
                    checked={p.unverified ?? false}
                    disabled={readOnly}
                    onChange={(e) => set(i, without(p, { unverified: e.target.checked || undefined }))}
                  />
                }
                label={translate('parcours.editor.parameter_unverified')}
              />
              <IconButton
                aria-label={translate('parcours.editor.remove_parameter')}
                disabled={readOnly}
                onClick={() => set(i, null)}
              >
                <DeleteIcon />
              </IconButton>
            </Box>
            <LocalizedTextInputs
              label={translate('parcours.editor.field_label')}
              value={p.label}
              testId={`parameter-${i}-label`}
              schema={`${P}.label`}
              disabled={readOnly}
              onChange={(label) => set(i, { ...p, label })}
            />
            <LocalizedTextInputs
              label={translate('parcours.editor.field_help')}
              value={p.help}
              testId={`parameter-${i}-help`}
              schema={`${P}.help`}
              disabled={readOnly}
              optional
              multiline
              onChange={(help) => set(i, without(p, { help }))}
            />
            <TextField
              size="small"
              multiline
              label={translate('parcours.editor.parameter_targets')}
              helperText={translate('parcours.editor.parameter_targets_help')}
              value={p.targets.join('\n')}
              disabled={readOnly}
              slotProps={{ htmlInput: { 'data-schema': `${P}.targets[]`, spellCheck: false } }}
              onChange={(e) => set(i, { ...p, targets: e.target.value.split('\n').map((t) => t.trim()) })}
              sx={{ '& textarea': { fontFamily: 'monospace' } }}
            />
          </Stack>
        </Paper>
      ))}
      <Box>
        <Button
          startIcon={<AddIcon />}
          disabled={readOnly}
          data-testid="add-parameter"
          onClick={() =>
            set(parameters.length, {
              id: `parametre${parameters.length + 1}`,
              type: 'number',
              label: { fr: '' },
              targets: [],
            })
          }
        >
          {translate('parcours.editor.add_parameter')}
        </Button>
      </Box>
    </Stack>
  );
};
