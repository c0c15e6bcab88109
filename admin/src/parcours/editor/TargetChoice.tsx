// The options every recipient select offers: the CPTS's professions, the coordination, a named pool; the caller adds
// its own first (the care team) or last (the patient).
import { ListSubheader, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { PROFESSIONS } from '../../common/choices';

/** Roles a task may go to from the editor; another one written in JSON is still shown as it is. */
export const ASSIGNABLE_ROLES = ['coordinator', 'professional'] as const;

/** Menu items for `choiceOf` values (profession codes, `role:<role>`, `pool`), `current` kept when unknown. */
export const useTargetOptions = (current: string): ReactNode[] => {
  const translate = useTranslate();
  const roles: string[] = [...ASSIGNABLE_ROLES];
  if (current.startsWith('role:') && !roles.includes(current.slice(5))) roles.push(current.slice(5));
  const professions: string[] = [...PROFESSIONS];
  const isOther = current && !current.startsWith('role:') && !['pool', 'careTeam', 'patient'].includes(current);
  if (isOther && !professions.includes(current)) professions.push(current);
  return [
    <ListSubheader key="h-professions">{translate('parcours.assignee.group_professions')}</ListSubheader>,
    ...professions.map((p) => (
      <MenuItem key={p} value={p}>
        {translate(`parcours.professions.${p}`, { _: p })}
      </MenuItem>
    )),
    <ListSubheader key="h-others">{translate('parcours.assignee.group_others')}</ListSubheader>,
    ...roles.map((r) => (
      <MenuItem key={`role:${r}`} value={`role:${r}`}>
        {translate(`parcours.roles.${r}`, { _: r })}
      </MenuItem>
    )),
    <MenuItem key="pool" value="pool">
      {translate('parcours.assignee.kinds.pool')}
    </MenuItem>,
  ];
};
