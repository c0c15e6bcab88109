import type { ReactNode } from 'react';
import { Loading, useRequireAccess } from 'react-admin';

/**
 * Custom pages do not go through react-admin's Create/Edit access checks: this sends users the role does not allow to
 * the access-denied page, as the built-in views do.
 */
export const RequireAccess = ({
  action,
  resource,
  children,
}: {
  action: string;
  resource: string;
  children: ReactNode;
}) => {
  const { isPending } = useRequireAccess({ action, resource });
  return isPending ? <Loading /> : children;
};
