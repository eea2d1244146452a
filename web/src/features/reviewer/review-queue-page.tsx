import { Alert, Card, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { formatDateTime, PERIOD_LABELS, STATUS_COLORS, STATUS_LABELS, UNIT_KIND_LABELS } from '../../lib/format';
import { useCycles, type Submission } from '../../lib/submissions';
import { OverdueTag } from '../../components/overdue-tag';


/** The reviewer's queue: every unit's reports of a cycle, what waits first, filtered by state and period. */
export default function ReviewQueuePage() {
  const cycles = useCycles();
  const sorted = [...(cycles.data ?? [])].sort((a, b) => b.year - a.year || a.code.localeCompare(b.code));
  const [chosen, setChosen] = useState<number>();
  const [status, setStatus] = useState<string>();
  const [period, setPeriod] = useState<string>();
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const cycle = sorted.find((c) => c.id === chosen) ?? sorted[0];
  const units = useQuery({ queryKey: ['units'], staleTime: Infinity, queryFn: async () => as<{ id: number; name: string }[]>(await unwrap(api.GET('/api/units'))) });
  const submissions = useQuery({
    queryKey: ['cycle', cycle?.id, 'submissions'],
    enabled: !!cycle,
    queryFn: () => unwrap(api.GET('/api/cycles/{cycleId}/submissions', { params: { path: { cycleId: cycle!.id } } })),
  });
  const name = (id: number) => units.data?.find((u) => u.id === id)?.name ?? `Đơn vị ${id}`;
  const rows = (submissions.data ?? [])
    .filter((s) => (!status || s.status === status) && (!period || s.period === period) && (!onlyOverdue || s.overdue))
    // What waits for this reviewer first: overdue reports, then those where the statechart gives them a move now.
    .sort((a, b) => Number(!!b.overdue) - Number(!!a.overdue) || Number(b.allowed.length > 0) - Number(a.allowed.length > 0) || a.id - b.id);
  const overdue = (submissions.data ?? []).filter((s) => s.overdue).length;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>Hồ sơ chờ thẩm định</Typography.Title>
      <ErrorAlert error={cycles.error ?? submissions.error} />
      <Space wrap>
        <Select aria-label="Kỳ đánh giá" value={cycle?.id} onChange={setChosen} style={{ minWidth: 320 }} options={sorted.map((c) => ({ value: c.id, label: `${c.name} (${UNIT_KIND_LABELS[c.frameworks[0]?.unitKind] ?? ''})` }))} />
        <Select aria-label="Trạng thái" allowClear placeholder="Mọi trạng thái" value={status} onChange={setStatus} style={{ minWidth: 220 }} options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))} />
        <Select aria-label="Kỳ báo cáo" allowClear placeholder="Mọi kỳ báo cáo" value={period} onChange={setPeriod} style={{ minWidth: 160 }} options={(cycle?.periods ?? []).map((p) => ({ value: p, label: PERIOD_LABELS[p] ?? p }))} />
        <Checkbox checked={onlyOverdue} onChange={(e) => setOnlyOverdue(e.target.checked)}>Chỉ hồ sơ quá hạn</Checkbox>
      </Space>
      {overdue > 0 && <Alert type="error" showIcon message={`${overdue} hồ sơ đã quá hạn thẩm định hoặc quá hạn giải quyết kiến nghị của kỳ báo cáo`} />}
      <Card styles={{ body: { overflowX: 'auto' } }}>
        <Table<Submission>
          rowKey="id"
          loading={submissions.isLoading}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 25 }}
          columns={[
            { title: 'Đơn vị', render: (_, s) => <Link to={`/app/tham-dinh/${s.id}`}>{name(s.unitId)}</Link> },
            { title: 'Kỳ báo cáo', dataIndex: 'period', render: (p: string) => PERIOD_LABELS[p] ?? p },
            { title: 'Trạng thái', render: (_, s) => <Space size={4} wrap><Tag color={STATUS_COLORS[s.status]}>{s.statusLabel}</Tag><OverdueTag overdue={s.overdue} /></Space> },
            { title: 'Hạn nhập liệu', render: (_, s) => formatDateTime(s.deadlines.dataEntry), sorter: (a, b) => Date.parse(a.deadlines.dataEntry) - Date.parse(b.deadlines.dataEntry) },
            { title: 'Hạn kiến nghị', render: (_, s) => formatDateTime(s.deadlines.disputeWindow), sorter: (a, b) => Date.parse(a.deadlines.disputeWindow ?? '9999') - Date.parse(b.deadlines.disputeWindow ?? '9999') },
          ]}
        />
      </Card>
    </Space>
  );
}
