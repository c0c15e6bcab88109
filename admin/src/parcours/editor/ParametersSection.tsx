// The parcours' parameters (thresholds, intervals) for the coordination: each one's value, unit and source, and a
// warning on those whose default no source confirmed. Professionals never see this: their forms show clinical help.
import { Alert, Chip, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { applyParameters, isDuration, readPointer } from '@parcours/rules';
import type { ParcoursDefinition, Parameter } from '@parcours/rules';
import { useLocalizedText } from '../../common/useLocalizedText';
import { useEditor } from './EditorContext';

/** The typed value a parameter's text input stands for, or undefined while it is not one yet. */
export const parseParameterInput = (parameter: Pick<Parameter, 'type'>, text: string): unknown => {
  const trimmed = text.trim();
  switch (parameter.type) {
    case 'number': {
      const n = Number(trimmed.replace(',', '.'));
      return trimmed !== '' && Number.isFinite(n) ? n : undefined;
    }
    case 'duration':
      return isDuration(trimmed) ? trimmed : undefined;
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : undefined;
    case 'string':
      return text;
  }
};

const ParameterInput = ({ parameter }: { parameter: Parameter }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const { draft, setDraft, readOnly } = useEditor();
  const current = readPointer(draft, parameter.targets[0] ?? '').value;
  const [text, setText] = useState(current === undefined ? '' : String(current));
  const invalid = parseParameterInput(parameter, text) === undefined;
  return (
    <Stack spacing={0.5} data-testid={`parameter-${parameter.id}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          label={localize(parameter.label)}
          value={text}
          disabled={readOnly}
          error={invalid}
          sx={{ minWidth: 320 }}
          slotProps={{ htmlInput: { inputMode: parameter.type === 'number' ? 'decimal' : 'text' } }}
          helperText={parameter.unit ?? (parameter.type === 'duration' ? 'ISO 8601 (P6M, P14D…)' : undefined)}
          onChange={(e) => {
            setText(e.target.value);
            const value = parseParameterInput(parameter, e.target.value);
            if (value !== undefined)
              setDraft((d) => ({
                ...d,
                ...applyParameters(d as unknown as ParcoursDefinition, { [parameter.id]: value }),
              }));
          }}
        />
        {parameter.unverified ? (
          <Chip color="warning" size="small" label={translate('parcours.editor.parameters.unverified')} />
        ) : null}
      </Stack>
      {parameter.help ? (
        <Typography variant="body2" color="text.secondary">
          {localize(parameter.help)}
        </Typography>
      ) : null}
    </Stack>
  );
};

export const ParametersSection = () => {
  const translate = useTranslate();
  const { draft } = useEditor();
  const parameters = (draft.parameters ?? []) as Parameter[];
  if (!parameters.length) return null;
  return (
    <Stack spacing={2} data-testid="parameters">
      <Typography variant="h6">{translate('parcours.editor.parameters.title')}</Typography>
      <Alert severity="info">{translate('parcours.editor.parameters.help')}</Alert>
      {parameters.map((p) => (
        <ParameterInput key={p.id} parameter={p} />
      ))}
    </Stack>
  );
};
