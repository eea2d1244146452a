import { App, Button, Card, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert, errorMessage } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';

interface UnitUser {
  id: number;
  username: string;
  fullName: string;
  role: string;
  isActive: boolean;
  isDeputyHead: boolean;
}

/**
 * The head names the officer who submits in the head's absence (PUT /api/units/:id/deputy-head),
 * or takes the authority back; the previous deputy loses it. Audited by the server.
 */
export function DeputyHeadCard({ unitId }: { unitId: number }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const people = useQuery({
    queryKey: ['unit', unitId, 'users'],
    queryFn: async () => (await unwrap(api.GET('/api/units/{unitId}/users', { params: { path: { unitId } } }))) as unknown as UnitUser[],
  });
  const current = people.data?.find((u) => u.isDeputyHead) ?? null;
  const [chosen, setChosen] = useState<number | null | undefined>(undefined);
  const save = useMutation({
    mutationFn: (userId: number | null) => unwrap(api.PUT('/api/units/{unitId}/deputy-head', { params: { path: { unitId } }, body: { userId } as never })),
    onSuccess: (_, userId) => {
      message.success(userId === null ? 'Đã bỏ ủy quyền nộp hồ sơ' : 'Đã ủy quyền nộp hồ sơ');
      setChosen(undefined);
      client.invalidateQueries({ queryKey: ['unit', unitId, 'users'] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const officers = (people.data ?? []).filter((u) => u.role === 'UNIT_OFFICER' && u.isActive);
  const value = chosen === undefined ? (current?.id ?? null) : chosen;
  return (
    <Card title="Ủy quyền nộp hồ sơ khi lãnh đạo vắng mặt" size="small">
      <ErrorAlert error={people.error} />
      <Space wrap>
        <Typography.Text>{current ? `Đang ủy quyền: ${current.fullName}` : 'Chưa ủy quyền cho ai'}</Typography.Text>
        <Select
          aria-label="Cán bộ được ủy quyền"
          style={{ minWidth: 260 }}
          value={value}
          onChange={setChosen}
          options={[{ value: null, label: 'Không ủy quyền' }, ...officers.map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))]}
        />
        <Button type="primary" disabled={value === (current?.id ?? null)} loading={save.isPending} onClick={() => save.mutate(value)}>Lưu ủy quyền</Button>
      </Space>
    </Card>
  );
}
