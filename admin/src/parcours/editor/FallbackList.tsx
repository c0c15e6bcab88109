// « Si le patient n’en a pas : » the ordered fallbacks of a care-team rule, each a pool, a profession (optionally only
// those covering the patient's commune) or a role; tried in this order when the task opens, the coordination last.
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button, Checkbox, FormControlLabel, IconButton, Stack, TextField, Typography } from '@mui/material';
import type { CareTeamAssignee, FallbackAssignee } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { usePools } from '../../common/usePools';
import {
  addFallback,
  changeFallback,
  choiceOf,
  fallbackFromChoice,
  moveFallback,
  removeFallback,
  withCovering,
  type Update,
} from './assignee';
import { PoolInput } from './PoolInput';
import { useTargetOptions } from './TargetChoice';

const FallbackRow = ({
  fallback,
  index,
  count,
  onChange,
  testId,
  schema,
}: {
  fallback: FallbackAssignee;
  index: number;
  count: number;
  onChange: Update<CareTeamAssignee>;
  testId: string;
  schema?: string;
}) => {
  const translate = useTranslate();
  const pools = usePools();
  const choice = choiceOf(fallback);
  const options = useTargetOptions(choice);
  const edit = (change: (f: FallbackAssignee) => FallbackAssignee) =>
    onChange((rule) => changeFallback(rule, index, change));
  const at = schema && `${schema}.fallback[]`;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }} data-testid={`${testId}-${index}`}>
      <Typography sx={{ pt: 1, minWidth: 20 }}>{index + 1}.</Typography>
      <Stack spacing={1} sx={{ flex: 1 }}>
        <TextField
          select
          size="small"
          fullWidth
          label={translate('parcours.assignee.fallback_n', { n: index + 1 })}
          value={choice}
          data-schema={at && `${at}.profession ${at}.role`}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': `${testId}-${index}-kind` } as object } }}
          onChange={(e) => edit((f) => fallbackFromChoice(e.target.value, f, pools[0]?.key))}
        >
          {options}
        </TextField>
        {'pool' in fallback ? (
          <PoolInput
            value={fallback.pool}
            testId={`${testId}-${index}-pool`}
            schema={at && `${at}.pool`}
            onChange={(pool) => edit((f) => ('pool' in f ? { pool } : f))}
          />
        ) : null}
        {'profession' in fallback ? (
          <FormControlLabel
            data-schema={at && `${at}.coveringPatientCommune`}
            control={
              <Checkbox
                size="small"
                checked={fallback.coveringPatientCommune ?? false}
                slotProps={{ input: { 'data-testid': `${testId}-${index}-covering` } as object }}
                onChange={(e) => edit((f) => withCovering(f, e.target.checked))}
              />
            }
            label={translate('parcours.assignee.covering_fallback')}
          />
        ) : null}
      </Stack>
      <IconButton
        size="small"
        aria-label={translate('parcours.assignee.move_up')}
        disabled={index === 0}
        data-testid={`${testId}-${index}-up`}
        onClick={() => onChange((rule) => moveFallback(rule, index, -1))}
      >
        <ArrowUpwardIcon fontSize="small" />
      </IconButton>
      <IconButton
        size="small"
        aria-label={translate('parcours.assignee.move_down')}
        disabled={index === count - 1}
        data-testid={`${testId}-${index}-down`}
        onClick={() => onChange((rule) => moveFallback(rule, index, 1))}
      >
        <ArrowDownwardIcon fontSize="small" />
      </IconButton>
      <IconButton
        size="small"
        aria-label={translate('parcours.assignee.remove_fallback')}
        data-testid={`${testId}-${index}-remove`}
        onClick={() => onChange((rule) => removeFallback(rule, index))}
      >
        <DeleteIcon fontSize="small" />
      </IconButton>
    </Box>
  );
};

export const FallbackList = ({
  rule,
  onChange,
  testId,
  schema,
}: {
  rule: CareTeamAssignee;
  onChange: Update<CareTeamAssignee>;
  testId: string;
  schema?: string;
}) => {
  const translate = useTranslate();
  const pools = usePools();
  const fallbacks = rule.fallback ?? [];
  return (
    <Stack spacing={1} sx={{ pl: 1, borderLeft: 2, borderColor: 'divider' }}>
      <Typography variant="body2">{translate('parcours.assignee.fallbacks_title')}</Typography>
      {fallbacks.map((f, i) => (
        <FallbackRow
          key={i}
          fallback={f}
          index={i}
          count={fallbacks.length}
          onChange={onChange}
          testId={testId}
          schema={schema}
        />
      ))}
      <Box>
        <Button
          size="small"
          startIcon={<AddIcon />}
          data-testid={`${testId}-add`}
          onClick={() => onChange((r) => addFallback(r, pools[0]?.key))}
        >
          {translate('parcours.assignee.add_fallback')}
        </Button>
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('parcours.assignee.last_resort')}
      </Typography>
    </Stack>
  );
};
