// The members of a pool, each with their profession: who will see and take the tasks given to it.
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Pool } from '@parcours/rules/contract';

export const PoolMembersField = (_props: { label?: string }) => {
  const pool = useRecordContext<Pool>();
  const translate = useTranslate();
  if (!pool) return null;
  if (!pool.members.length)
    return (
      <Typography component="span" variant="body2">
        {translate('parcours.pools.no_members')}
      </Typography>
    );
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} component="span">
      {pool.members.map((m) => (
        <Chip
          key={m.id}
          size="small"
          variant="outlined"
          label={`${m.displayName} · ${m.profession ? translate(`parcours.professions.${m.profession}`, { _: m.profession }) : ''}`}
        />
      ))}
    </Stack>
  );
};
