import { Button, Checkbox, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';
import { UNIT_KIND_LABELS } from '../../lib/format';
import { useAdminAction, useAllUnits, type Unit } from './admin-api';
import { FormModal } from './form-modal';

interface UnitForm {
  code?: string;
  name: string;
  kind: string;
  parentId?: number | null;
  isSourceAgency: boolean;
  isReviewingAgency: boolean;
}

const KINDS = ['DEPARTMENT', 'DISTRICT', 'COMMUNE', 'PROVINCE', 'SOURCE_AGENCY', 'REVIEWING_AGENCY', 'COMMITTEE'];

/** Units and their duties: who is evaluated, who supplies figures, who reviews (one unit at a time). */
export function UnitsTab() {
  const units = useAllUnits();
  const act = useAdminAction([['units']]);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [search, setSearch] = useState('');
  const [form] = Form.useForm<UnitForm>();
  const byId = new Map((units.data ?? []).map((u) => [u.id, u]));
  const reviewing = units.data?.find((u) => u.isReviewingAgency && u.isActive);

  const needle = search.trim().toLocaleLowerCase('vi');
  const shown = (units.data ?? []).filter((u) => !needle || `${u.code} ${u.name}`.toLocaleLowerCase('vi').includes(needle));

  const open = (unit: Unit | 'new') => {
    setEditing(unit);
    form.resetFields();
    form.setFieldsValue(unit === 'new' ? { isSourceAgency: false, isReviewingAgency: false } : unit);
  };
  const save = async () => {
    const { code, parentId, ...rest } = await form.validateFields();
    const body = { ...rest, ...(parentId ? { parentId } : {}) };
    if (editing === 'new') {
      await act.mutateAsync({ run: () => unwrap(api.POST('/api/units', { body: { ...body, code } as never })), done: `Đã thêm ${rest.name}` });
    } else if (editing) {
      await act.mutateAsync({ run: () => unwrap(api.PATCH('/api/units/{id}', { params: { path: { id: editing.id } }, body: body as never })), done: `Đã cập nhật ${rest.name}` });
    }
    setEditing(null);
  };

  return (
    <>
      <ErrorAlert error={units.error} />
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" onClick={() => open('new')}>Thêm đơn vị</Button>
        <Input.Search allowClear placeholder="Tìm theo mã, tên" aria-label="Tìm đơn vị" style={{ width: 240 }} onChange={(e) => setSearch(e.target.value)} />
        <span>Cơ quan thẩm định hiện nay: <strong>{reviewing?.name ?? 'chưa giao'}</strong></span>
      </Space>
      <Table<Unit>
        rowKey="id"
        size="small"
        loading={units.isLoading}
        dataSource={shown}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Mã', dataIndex: 'code' },
          { title: 'Tên đơn vị', dataIndex: 'name' },
          { title: 'Loại', dataIndex: 'kind', render: (k: string) => UNIT_KIND_LABELS[k] ?? k, filters: KINDS.map((k) => ({ value: k, text: UNIT_KIND_LABELS[k] })), onFilter: (v, u) => u.kind === v },
          { title: 'Trực thuộc', dataIndex: 'parentId', render: (id: number | null) => (id ? byId.get(id)?.name ?? id : '') },
          {
            title: 'Nhiệm vụ',
            render: (_, u) => (
              <Space size={4} wrap>
                {u.isSourceAgency && <Tag color="blue">Cung cấp số liệu</Tag>}
                {u.isReviewingAgency && <Tag color="purple">Thẩm định</Tag>}
              </Space>
            ),
          },
          { title: 'Trạng thái', dataIndex: 'isActive', render: (a: boolean) => (a ? <Tag color="green">Hoạt động</Tag> : <Tag>Ngừng hoạt động</Tag>) },
          {
            title: 'Thao tác',
            render: (_, u) => (
              <Space wrap>
                <Button size="small" onClick={() => open(u)} aria-label={`Sửa ${u.name}`}>Sửa</Button>
                {u.isActive ? (
                  <Button size="small" danger onClick={() => act.mutate({ run: () => unwrap(api.POST('/api/units/{id}/deactivate', { params: { path: { id: u.id } } })), done: `Đã ngừng ${u.name}` })}>Ngừng hoạt động</Button>
                ) : (
                  <Button size="small" onClick={() => act.mutate({ run: () => unwrap(api.POST('/api/units/{id}/activate', { params: { path: { id: u.id } } })), done: `Đã kích hoạt lại ${u.name}` })}>Kích hoạt lại</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal open={!!editing} title={editing === 'new' ? 'Thêm đơn vị' : `Sửa ${editing && editing.name}`} form={form} saving={act.isPending} onClose={() => setEditing(null)} onSave={save}>
        {editing === 'new' && (
          <Form.Item name="code" label="Mã đơn vị" extra="Không đổi được sau khi tạo: các tệp nhập và báo cáo dùng mã này" rules={[{ required: true, message: 'Nhập mã đơn vị' }, { pattern: /^[A-Z0-9-]{2,40}$/, message: 'Chữ in hoa, số và dấu gạch ngang (2-40 ký tự)' }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="name" label="Tên đơn vị" rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị' }, { min: 2 }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label="Loại đơn vị" rules={[{ required: true, message: 'Chọn loại đơn vị' }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="parentId" label="Trực thuộc">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(units.data ?? []).filter((u) => u.isActive && (editing === 'new' || u.id !== editing?.id)).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="isSourceAgency" valuePropName="checked">
          <Checkbox>Cơ quan đầu mối cung cấp số liệu</Checkbox>
        </Form.Item>
        <Form.Item name="isReviewingAgency" valuePropName="checked" extra="Chỉ một đơn vị giữ nhiệm vụ thẩm định: giao cho đơn vị này sẽ chuyển nhiệm vụ từ đơn vị hiện tại">
          <Checkbox>Cơ quan thẩm định</Checkbox>
        </Form.Item>
      </FormModal>
    </>
  );
}
