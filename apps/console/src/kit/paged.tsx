import { Button, Group, Text } from '@mantine/core';
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useT } from '../i18n/locale';
import { Empty, ErrorNotice, Loading } from './states';

/** One page of a keyset-paginated list, as every list endpoint answers (docs/adr/0029). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A long list, paged the way the services page it: the first page, then "more" with the previous page's
 * cursor. Loading, empty and error states are the kit's own (kit/states.tsx).
 */
export function PagedList<T>({
  queryKey,
  fetchPage,
  render,
  empty,
}: {
  /** Include every filter: a changed filter starts again at the first page. */
  queryKey: QueryKey;
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  /** Renders the items fetched so far (a table, cards…). */
  render: (items: T[]) => ReactNode;
  empty?: ReactNode;
}) {
  const t = useT();
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <>{empty ?? <Empty />}</>;
  return (
    <>
      {render(items)}
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="gray.8" role="status">
          {t('common.shown', { count: items.length })}
        </Text>
        {query.hasNextPage ? (
          <Button variant="default" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('common.more')}
          </Button>
        ) : null}
      </Group>
    </>
  );
}
