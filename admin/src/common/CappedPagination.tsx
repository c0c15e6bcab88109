import { useCallback } from 'react';
import { Pagination, useListContext, useTranslate, type PaginationProps } from 'react-admin';
import { useIntlLocale } from './useIntlLocale';

/**
 * The lists' pagination: react-admin's, whose label says « 1-25 sur plus de 1 000 » when the API capped the total
 * (providers/listTotal.ts: previous/next paging then, no last page), instead of its « sur plus de 25 ».
 */
export const CappedPagination = (props: PaginationProps) => {
  const { meta } = useListContext();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const exceeds = (meta as { totalExceeds?: number } | undefined)?.totalExceeds;
  const label = useCallback(
    ({ from, to }: { from: number; to: number }) =>
      translate('parcours.common.page_range_more_than', {
        from,
        to,
        count: new Intl.NumberFormat(locale).format(exceeds ?? to),
      }),
    [translate, locale, exceeds],
  );
  return <Pagination {...props} {...(exceeds === undefined ? {} : { labelDisplayedRows: label })} />;
};
