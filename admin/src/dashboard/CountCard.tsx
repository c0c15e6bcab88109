import type { ReactNode } from 'react';
import { Link, useCanAccess, useGetList, useTranslate } from 'react-admin';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useIntlLocale } from '../common/useIntlLocale';

interface CountCardProps {
  resource: string;
  filter?: Record<string, unknown>;
  label: string;
  icon: ReactNode;
}

// The API sorts only on whitelisted fields and refuses react-admin's default sort on `id` (400): a count asks for a
// field each resource accepts.
const COUNT_SORT: Record<string, string> = {
  tasks: 'dueAt',
  journeys: 'startedAt',
  patients: 'lastName',
  parcours: 'key',
};

/** A list's total, read from Content-Range with a one-row page; hidden when the role cannot list the resource. */
export const CountCard = ({ resource, filter = {}, label, icon }: CountCardProps) => {
  const translate = useTranslate();
  const { canAccess, isPending: accessPending } = useCanAccess({ resource, action: 'list' });
  const locale = useIntlLocale();
  const { total, meta, isPending, isError } = useGetList(
    resource,
    { pagination: { page: 1, perPage: 1 }, filter, sort: { field: COUNT_SORT[resource] ?? 'createdAt', order: 'ASC' } },
    { enabled: canAccess === true },
  );
  if (accessPending || !canAccess) return null;
  // Past the API's cap the total is only a lower bound (providers/listTotal.ts): « plus de 1 000 ».
  const exceeds = (meta as { totalExceeds?: number } | undefined)?.totalExceeds;
  const count =
    exceeds !== undefined
      ? translate('parcours.common.more_than', { count: new Intl.NumberFormat(locale).format(exceeds) })
      : (total ?? '—');
  const search = `filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <Card sx={{ flex: '1 1 200px' }}>
      <CardActionArea component={Link} to={{ pathname: `/${resource}`, search }}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            {icon}
            <div>
              {/* A failed count shows a dash, never a 0 that would read as « none ». */}
              <Typography variant="h4" component="p" data-testid="dashboard-count">
                {isError ? '—' : isPending ? <Skeleton width={48} /> : count}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate(label)}
              </Typography>
            </div>
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
