import { Card, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { OverdueTag } from '../../components/overdue-tag';
import { api, unwrap } from '../../lib/api';
import { formatDateTime, PERIOD_LABELS } from '../../lib/format';
import type { Cycle, Submission } from '../../lib/submissions';

/** The cycle's reports past the period's verification or dispute-resolution deadline: the chair and the admin see what is late. */
export function OverdueCard({ cycle }: { cycle: Cycle }) {
  const submissions = useQuery({ queryKey: ['cycle', cycle.id, 'submissions'], queryFn: () => unwrap(api.GET('/api/cycles/{cycleId}/submissions', { params: { path: { cycleId: cycle.id } } })) });
  const units = useQuery({ queryKey: ['units'], staleTime: Infinity, queryFn: () => unwrap(api.GET('/api/units')) });
  const late = (submissions.data ?? []).filter((s) => s.overdue);
  if (!late.length) return null;
  const name = (id: number) => (units.data as { id: number; name: string }[] | undefined)?.find((u) => u.id === id)?.name ?? `Đơn vị ${id}`;
  return (
    <Card title={`Hồ sơ quá hạn (${late.length})`} styles={{ body: { overflowX: 'auto' } }}>
      <Typography.Paragraph type="secondary">Quá hạn thẩm định hoặc quá hạn giải quyết kiến nghị theo mốc thời gian của kỳ báo cáo.</Typography.Paragraph>
      <Table<Submission>
        rowKey="id"
        size="small"
        dataSource={late}
        pagination={late.length > 20 ? { pageSize: 20 } : false}
        columns={[
          { title: 'Đơn vị', render: (_, s) => name(s.unitId) },
          { title: 'Kỳ báo cáo', render: (_, s) => PERIOD_LABELS[s.period] ?? s.period },
          { title: 'Trạng thái', render: (_, s) => s.statusLabel },
          { title: 'Quá hạn', render: (_, s) => <OverdueTag overdue={s.overdue} /> },
          { title: 'Hạn', render: (_, s) => formatDateTime(s.overdue === 'VERIFICATION' ? cycle.deadlines[s.period]?.verification : cycle.deadlines[s.period]?.disputeResolution) },
        ]}
      />
    </Card>
  );
}
