import { Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { roleFitsUnit } from '../../../../modules/users/role-unit.rule';
import type { Role as ServerRole } from '../../../../src/access/role.enum';
import type { UnitKind } from '../../../../modules/units/unit-kind.enum';
import { ErrorAlert } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';
import { ROLE_LABELS, type Role } from '../../lib/session';
import { formatDateTime, UNIT_KIND_LABELS } from '../../lib/format';
import { useAdminAction, useAllUnits, useUsers, type User } from './admin-api';
import { FormModal } from './form-modal';

interface UserForm {
  username?: string;
  fullName: string;
  email?: string;
  password?: string;
  role: Role;
  unitId: number;
}

const isLocked = (u: User) => !!u.lockedUntil && Date.parse(u.lockedUntil) > Date.now();

/** People: create one, change name, role or unit, reset a password, lock and unlock. */
export function UsersTab() {
  const users = useUsers();
  const units = useAllUnits();
  const act = useAdminAction([['users']]);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [search, setSearch] = useState('');
  const [resetting, setResetting] = useState<User | null>(null);
  const [form] = Form.useForm<UserForm>();
  const [passwordForm] = Form.useForm<{ password: string }>();
  const role = Form.useWatch('role', form);
  const unitName = (id: number) => units.data?.find((u) => u.id === id)?.name ?? id;
  // The server refuses a role in a unit that cannot hold it (role-unit.rule); offer only the ones that can.
  const fitting = (units.data ?? []).filter((u) => u.isActive && (!role || roleFitsUnit(role as ServerRole, { ...u, kind: u.kind as UnitKind })));

  const needle = search.trim().toLocaleLowerCase('vi');
  const shown = (users.data ?? []).filter((u) => !needle || `${u.username} ${u.fullName} ${unitName(u.unitId)}`.toLocaleLowerCase('vi').includes(needle));

  const open = (user: User | 'new') => {
    setEditing(user);
    form.resetFields();
    if (user !== 'new') form.setFieldsValue({ fullName: user.fullName, email: user.email ?? undefined, role: user.role, unitId: user.unitId });
  };
  const save = async () => {
    const values = await form.validateFields();
    const email = values.email?.trim() || undefined;
    if (editing === 'new') {
      await act.mutateAsync({
        run: () => unwrap(api.POST('/api/users', { body: { ...values, email } as never })),
        done: `Đã tạo tài khoản ${values.username}`,
      });
    } else if (editing) {
      const { fullName, role, unitId } = values;
      await act.mutateAsync({
        run: () => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: editing.id } }, body: { fullName, role, unitId, email: email ?? null } as never })),
        done: `Đã cập nhật ${editing.username}`,
      });
    }
    setEditing(null);
  };

  const resetPassword = async () => {
    const { password } = await passwordForm.validateFields();
    const u = resetting!;
    await act.mutateAsync({ run: () => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: u.id } }, body: { password } as never })), done: `Đã đặt lại mật khẩu cho ${u.username}` });
    setResetting(null);
  };

  return (
    <>
      <ErrorAlert error={users.error ?? units.error} />
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" onClick={() => open('new')}>Thêm người dùng</Button>
        <Input.Search allowClear placeholder="Tìm theo tên, tên đăng nhập, đơn vị" aria-label="Tìm người dùng" style={{ width: 300 }} onChange={(e) => setSearch(e.target.value)} />
      </Space>
      <Table<User>
        rowKey="id"
        size="small"
        loading={users.isLoading}
        dataSource={shown}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Tên đăng nhập', dataIndex: 'username' },
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Vai trò', dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] ?? r, filters: Object.entries(ROLE_LABELS).map(([value, text]) => ({ value, text })), onFilter: (v, u) => u.role === v },
          { title: 'Đơn vị', dataIndex: 'unitId', render: unitName },
          {
            title: 'Trạng thái',
            render: (_, u) => (
              <Space size={4} wrap>
                {u.isActive ? <Tag color="green">Hoạt động</Tag> : <Tag>Đã khóa</Tag>}
                {isLocked(u) && <Tag color="orange">Tạm khóa đăng nhập đến {formatDateTime(u.lockedUntil)}</Tag>}
              </Space>
            ),
          },
          {
            title: 'Thao tác',
            render: (_, u) => (
              <Space wrap>
                <Button size="small" onClick={() => open(u)} aria-label={`Sửa ${u.username}`}>Sửa</Button>
                <Button size="small" onClick={() => { passwordForm.resetFields(); setResetting(u); }}>Đặt lại mật khẩu</Button>
                {isLocked(u) && (
                  <Button size="small" onClick={() => act.mutate({ run: () => unwrap(api.POST('/api/users/{id}/unlock', { params: { path: { id: u.id } } })), done: `Đã mở khóa đăng nhập cho ${u.username}` })}>Mở khóa đăng nhập</Button>
                )}
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
      <FormModal open={!!editing} title={editing === 'new' ? 'Thêm người dùng' : `Sửa ${editing && editing.username}`} form={form} saving={act.isPending} onClose={() => setEditing(null)} onSave={save}>
        {editing === 'new' && (
          <Form.Item name="username" label="Tên đăng nhập" rules={[{ required: true, message: 'Nhập tên đăng nhập' }, { pattern: /^[a-z0-9._-]{3,60}$/, message: 'Chữ thường không dấu, số, dấu chấm, gạch (3-60 ký tự)' }]}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="fullName" label="Họ và tên" rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }, { max: 120 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label="Thư điện tử" rules={[{ type: 'email', message: 'Địa chỉ thư không hợp lệ' }]}>
          <Input />
        </Form.Item>
        {editing === 'new' && (
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Nhập mật khẩu' }, { min: 10, message: 'Ít nhất 10 ký tự' }, { max: 72 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="role" label="Vai trò" rules={[{ required: true, message: 'Chọn vai trò' }]}>
          <Select options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))} onChange={() => form.setFieldValue('unitId', undefined)} />
        </Form.Item>
        <Form.Item name="unitId" label="Đơn vị" rules={[{ required: true, message: 'Chọn đơn vị' }]} extra="Chỉ các đơn vị phù hợp với vai trò đã chọn">
          <Select showSearch={{ optionFilterProp: 'label' }} options={fitting.map((u) => ({ value: u.id, label: `${u.name} (${UNIT_KIND_LABELS[u.kind] ?? u.kind})` }))} />
        </Form.Item>
      </FormModal>
      <FormModal open={!!resetting} title={`Đặt lại mật khẩu cho ${resetting?.username}`} okText="Đặt lại" form={passwordForm} saving={act.isPending} onClose={() => setResetting(null)} onSave={resetPassword}>
        <Form.Item name="password" label="Mật khẩu mới" rules={[{ required: true, message: 'Nhập mật khẩu mới' }, { min: 10, message: 'Ít nhất 10 ký tự' }, { max: 72 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormModal>
    </>
  );
}
