import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, as, unwrap } from '../../lib/api';

export interface Notice {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  readAt: string | null;
  createdAt: string;
}

export const useNotifications = () =>
  useQuery({
    queryKey: ['notifications'],
    refetchInterval: 60_000,
    queryFn: async () => as<{ unread: number; items: Notice[] }>(await unwrap(api.GET('/api/notifications'))),
  });

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') => (id === 'all' ? unwrap(api.POST('/api/notifications/read-all')) : unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }))),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
