// Who a task, an escalation or a notification goes to: the patient's own professional of a profession (with ordered
// fallbacks), a profession of the CPTS (optionally only those covering the patient's commune), a role, a named pool,
// or, for a notification, the patient. Every edit is an updater of the rule as it is now (see ./assignee.ts).
import { Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import type { CareTeamAssignee } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { PROFESSIONS } from '../../common/choices';
import { choiceOf, recipientFromChoice, withCovering, type Recipient, type Update } from './assignee';
import { FallbackList } from './FallbackList';
import { PoolInput } from './PoolInput';
import { useTargetOptions } from './TargetChoice';

export const AssigneeInput = ({
  label,
  value,
  onChange,
  testId,
  extra,
  schema,
}: {
  label: string;
  value: Recipient | undefined;
  onChange: Update<Recipient>;
  testId: string;
  /** Offer "the patient" (notifications). */
  extra?: boolean;
  /** Where the assignee lives in the format (`steps[task].assignee`), for the schema coverage test. */
  schema?: string;
}) => {
  const translate = useTranslate();
  const choice = choiceOf(value);
  const options = useTargetOptions(choice);
  // A care-team rule's own edits (its profession, its fallbacks) leave any other rule as it is.
  const onCareTeam: Update<CareTeamAssignee> = (change) =>
    onChange((previous) => ('careTeam' in previous ? change(previous) : previous));
  return (
    <Stack spacing={1}>
      <TextField
        select
        size="small"
        fullWidth
        label={label}
        value={choice}
        data-schema={
          schema && [`${schema}.profession`, `${schema}.role`, ...(extra ? [`${schema}.patient`] : [])].join(' ')
        }
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': testId } as object } }}
        onChange={(e) => {
          const next = e.target.value;
          onChange((previous) => recipientFromChoice(next, previous));
        }}
      >
        <MenuItem value="careTeam">{translate('parcours.assignee.kinds.careTeam')}</MenuItem>
        {options}
        {extra ? <MenuItem value="patient">{translate('parcours.editor.the_patient')}</MenuItem> : null}
      </TextField>
      {value && 'careTeam' in value ? (
        <>
          <TextField
            select
            size="small"
            fullWidth
            label={translate('parcours.assignee.care_team_profession')}
            value={value.careTeam}
            data-schema={schema && `${schema}.careTeam`}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': `${testId}-care-team` } as object } }}
            onChange={(e) => {
              const careTeam = e.target.value;
              onCareTeam((rule) => ({ ...rule, careTeam }));
            }}
          >
            {[...PROFESSIONS, ...(PROFESSIONS.some((p) => p === value.careTeam) ? [] : [value.careTeam])].map((p) => (
              <MenuItem key={p} value={p}>
                {translate(`parcours.professions.${p}`, { _: p })}
              </MenuItem>
            ))}
          </TextField>
          <FallbackList rule={value} onChange={onCareTeam} testId={`${testId}-fallback`} schema={schema} />
        </>
      ) : null}
      {value && 'profession' in value ? (
        <FormControlLabel
          data-schema={schema && `${schema}.coveringPatientCommune`}
          control={
            <Checkbox
              size="small"
              checked={value.coveringPatientCommune ?? false}
              slotProps={{ input: { 'data-testid': `${testId}-covering` } as object }}
              onChange={(e) => {
                const covering = e.target.checked;
                onChange((previous) => withCovering(previous, covering));
              }}
            />
          }
          label={translate('parcours.assignee.covering')}
        />
      ) : null}
      {value && 'pool' in value ? (
        <PoolInput
          value={value.pool}
          testId={`${testId}-pool`}
          schema={schema && `${schema}.pool`}
          onChange={(pool) => onChange((previous) => ('pool' in previous ? { pool } : previous))}
        />
      ) : null}
    </Stack>
  );
};
