// Who a task or a notification goes to: a profession of the CPTS, or the coordination team.
import { MenuItem, TextField } from '@mui/material';
import type { Assignee } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { PROFESSIONS } from '../../common/choices';

const COORDINATOR = 'role:coordinator';

export const AssigneeInput = ({
  label,
  value,
  onChange,
  testId,
  extra,
  schema,
}: {
  label: string;
  value: Assignee | { patient: true } | undefined;
  onChange: (v: Assignee | { patient: true }) => void;
  testId: string;
  /** Offer "the patient" (notifications). */
  extra?: boolean;
  /** Where the assignee lives in the format (`steps[task].assignee`), for the schema coverage test. */
  schema?: string;
}) => {
  const translate = useTranslate();
  const current =
    value && 'profession' in value
      ? value.profession
      : value && 'role' in value
        ? `role:${value.role}`
        : value && 'patient' in value
          ? 'patient'
          : '';
  return (
    <TextField
      select
      size="small"
      fullWidth
      label={label}
      value={current}
      data-schema={
        schema && [`${schema}.profession`, `${schema}.role`, ...(extra ? [`${schema}.patient`] : [])].join(' ')
      }
      slotProps={{ select: { SelectDisplayProps: { 'data-testid': testId } as object } }}
      onChange={(e) => {
        const v = e.target.value;
        onChange(
          v === 'patient' ? { patient: true } : v.startsWith('role:') ? { role: v.slice(5) } : { profession: v },
        );
      }}
    >
      {PROFESSIONS.map((p) => (
        <MenuItem key={p} value={p}>
          {translate(`parcours.professions.${p}`)}
        </MenuItem>
      ))}
      <MenuItem value={COORDINATOR}>{translate('parcours.roles.coordinator')}</MenuItem>
      {extra ? <MenuItem value="patient">{translate('parcours.editor.the_patient')}</MenuItem> : null}
    </TextField>
  );
};
