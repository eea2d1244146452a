import { DatePicker, Input, Select, Space, Table } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { formatDateTime, vnInstant } from '../../lib/format';
import { ROLE_LABELS, type Role } from '../../lib/session';
import { useUsers } from './admin-api';

interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorRole: Role | null;
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
  reason: string | null;
}

const ENTITY_TYPES: Record<string, string> = { submission: 'Hồ sơ đánh giá', cycle: 'Kỳ đánh giá', unit: 'Đơn vị', user: 'Người dùng', framework: 'Bộ chỉ số' };
const ACTION_FAMILIES: Record<string, string> = {
  'SUBMISSION.': 'Hồ sơ: nhập liệu, gửi, thẩm định, giải trình',
  'CYCLE.': 'Kỳ đánh giá: mở, đổi hạn, tổng hợp, phê duyệt, công bố',
  'UNIT.': 'Đơn vị',
  'USER.': 'Người dùng',
  'FRAMEWORK.': 'Bộ chỉ số',
  'AUTH.': 'Đăng nhập, mật khẩu',
};

interface Filters {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: number;
  range?: [Dayjs, Dayjs] | null;
}

/** The audit log, read a page at a time from the server (it grows with every change, for years). */
export function AuditTab() {
  const users = useUsers();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const set = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, page: 1 }));
  };
  const query = {
    entityType: filters.entityType,
    entityId: filters.entityId?.trim() || undefined,
    action: filters.action,
    actorId: filters.actorId,
    from: filters.range ? vnInstant(filters.range[0], 'start') : undefined,
    to: filters.range ? vnInstant(filters.range[1], 'end') : undefined,
    ...page,
  };
  const log = useQuery({
    queryKey: ['audit', query],
    placeholderData: keepPreviousData,
    queryFn: async () => as<{ items: AuditEntry[]; total: number }>(await unwrap(api.GET('/api/audit', { params: { query } }))),
  });
  const person = (id: number | null) => (id === null ? 'Hệ thống' : users.data?.find((u) => u.id === id)?.fullName ?? `#${id}`);

  return (
    <>
      <ErrorAlert error={log.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="Loại đối tượng" aria-label="Loại đối tượng" style={{ minWidth: 170 }} value={filters.entityType} onChange={(v) => set({ entityType: v })} options={Object.entries(ENTITY_TYPES).map(([value, label]) => ({ value, label }))} />
        <Input allowClear placeholder="Mã đối tượng" aria-label="Mã đối tượng" style={{ width: 130 }} value={filters.entityId} onChange={(e) => set({ entityId: e.target.value })} />
        <Select allowClear placeholder="Loại hành động" aria-label="Loại hành động" style={{ minWidth: 260 }} value={filters.action} onChange={(v) => set({ action: v })} options={Object.entries(ACTION_FAMILIES).map(([value, label]) => ({ value, label }))} />
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="Người thực hiện" aria-label="Người thực hiện" style={{ minWidth: 220 }} value={filters.actorId} onChange={(v) => set({ actorId: v })} options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))} />
        <DatePicker.RangePicker format="DD/MM/YYYY" aria-label="Khoảng thời gian" value={filters.range ?? null} onChange={(r) => set({ range: r && r[0] && r[1] ? [r[0], r[1]] : null })} />
      </Space>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={log.isFetching}
        dataSource={log.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => `${total.toLocaleString('vi-VN')} mục`,
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
        expandable={{
          rowExpandable: (e) => !!(e.before || e.after),
          expandedRowRender: (e) => (
            <Space align="start" wrap>
              {e.before && <Change title="Trước" value={e.before} />}
              {e.after && <Change title="Sau" value={e.after} />}
            </Space>
          ),
        }}
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', render: formatDateTime },
          { title: 'Người thực hiện', dataIndex: 'actorId', render: person },
          { title: 'Vai trò', dataIndex: 'actorRole', render: (r: Role | null) => (r ? ROLE_LABELS[r] ?? r : '') },
          { title: 'Hành động', dataIndex: 'action' },
          { title: 'Đối tượng', render: (_, e) => `${ENTITY_TYPES[e.entityType] ?? e.entityType} #${e.entityId}` },
          { title: 'Lý do', dataIndex: 'reason', render: (r: string | null) => r ?? '' },
        ]}
      />
    </>
  );
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One side of a change, field by field; instants in Việt Nam's time like everywhere else on screen. */
function Change({ title, value }: { title: string; value: object }) {
  const show = (v: unknown) => (typeof v === 'string' && ISO_INSTANT.test(v) ? formatDateTime(v) : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));
  return (
    <div style={{ maxWidth: 560 }}>
      <strong>{title}</strong>
      <table style={{ fontSize: 12, borderCollapse: 'collapse' }}>
        <tbody>
          {Object.entries(value).map(([k, v]) => (
            <tr key={k}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 500, padding: '2px 12px 2px 0', verticalAlign: 'top' }}>{k}</th>
              <td style={{ padding: '2px 0', wordBreak: 'break-word' }}>{show(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
