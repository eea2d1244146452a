import { App, Button, Card, Input, Modal, Space, Table, Tabs, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert, errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { formatDateTime, PERIOD_LABELS } from '../../lib/format';
import { ROLE_LABELS, type Role } from '../../lib/session';
import { useCycles, type Cycle } from '../../lib/submissions';

interface User {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  unitId: number;
  isActive: boolean;
}

/** The administrator's desk: people (activate, deactivate, reset a password) and the cycles with their dates. */
export default function AdminPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: async () => as<User[]>(await unwrap(api.GET('/api/users'))) });
  const units = useQuery({ queryKey: ['units'], staleTime: Infinity, queryFn: async () => as<{ id: number; name: string }[]>(await unwrap(api.GET('/api/units'))) });
  const cycles = useCycles();
  const [resetting, setResetting] = useState<User | null>(null);
  const [password, setPassword] = useState('');
  const act = useMutation({
    mutationFn: async ({ run, done }: { run: () => Promise<unknown>; done: string }) => {
      await run();
      return done;
    },
    onSuccess: (done) => {
      message.success(done);
      client.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const unitName = (id: number) => units.data?.find((u) => u.id === id)?.name ?? id;
  return (
    <Card title="Quản trị hệ thống">
      <ErrorAlert error={users.error ?? cycles.error} />
      <Tabs
        items={[
          {
            key: 'users',
            label: 'Người dùng',
            children: (
              <div style={{ overflowX: 'auto' }}>
                <Table<User>
                  rowKey="id"
                  size="small"
                  loading={users.isLoading}
                  dataSource={users.data ?? []}
                  pagination={{ pageSize: 20 }}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: 'Tên đăng nhập', dataIndex: 'username' },
                    { title: 'Họ và tên', dataIndex: 'fullName' },
                    { title: 'Vai trò', dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] ?? r },
                    { title: 'Đơn vị', dataIndex: 'unitId', render: unitName },
                    { title: 'Trạng thái', dataIndex: 'isActive', render: (a: boolean) => (a ? <Tag color="green">Hoạt động</Tag> : <Tag>Đã khóa</Tag>) },
                    {
                      title: '',
                      render: (_, u) => (
                        <Space>
                          <Button size="small" onClick={() => setResetting(u)}>Đặt lại mật khẩu</Button>
                          {u.isActive ? (
                            <Button size="small" danger onClick={() => act.mutate({ run: () => unwrap(api.POST('/api/users/{id}/deactivate', { params: { path: { id: u.id } } })), done: `Đã khóa ${u.username}` })}>Khóa</Button>
                          ) : (
                            <Button size="small" onClick={() => act.mutate({ run: () => unwrap(api.POST('/api/users/{id}/activate', { params: { path: { id: u.id } } })), done: `Đã mở khóa ${u.username}` })}>Mở khóa</Button>
                          )}
                        </Space>
                      ),
                    },
                  ]}
                />
              </div>
            ),
          },
          {
            key: 'cycles',
            label: 'Kỳ đánh giá',
            children: (
              <div style={{ overflowX: 'auto' }}>
                <Table<Cycle>
                  rowKey="id"
                  size="small"
                  dataSource={cycles.data ?? []}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: 'Mã', dataIndex: 'code' },
                    { title: 'Tên', dataIndex: 'name' },
                    { title: 'Năm', dataIndex: 'year' },
                    { title: 'Trạng thái', dataIndex: 'status' },
                    { title: 'Hạn nhập liệu theo kỳ', render: (_, c) => c.periods.map((p) => `${PERIOD_LABELS[p] ?? p}: ${formatDateTime(c.deadlines[p]?.dataEntry)}`).join('; ') },
                  ]}
                />
              </div>
            ),
          },
        ]}
      />
      <Modal
        open={!!resetting}
        title={`Đặt lại mật khẩu cho ${resetting?.username}`}
        okText="Đặt lại"
        cancelText="Hủy"
        onCancel={() => setResetting(null)}
        onOk={() => {
          const u = resetting!;
          act.mutate({ run: () => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: u.id } }, body: { password } as never })), done: `Đã đặt lại mật khẩu cho ${u.username}` });
          setResetting(null);
          setPassword('');
        }}
      >
        <Input.Password aria-label="Mật khẩu mới" placeholder="Mật khẩu mới, ít nhất 10 ký tự" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
      </Modal>
    </Card>
  );
}
