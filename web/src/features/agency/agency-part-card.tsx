import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert';
import { PERIOD_LABELS, STATUS_COLORS, STATUS_LABELS } from '../../lib/format';
import { useMyPart, type MyPart } from '../../lib/submissions';

/**
 * The items the agency itself supplies as the focal point (the DTI form's "Đầu mối cung cấp số
 * liệu, tài liệu kiểm chứng", or a framework row that names the agency alone): each submission it
 * owes a part of, opened on the same data-entry screen the unit uses.
 */
export function AgencyPartCard({ cycleId, period }: { cycleId: number; period?: string }) {
  const part = useMyPart(cycleId);
  // Every submission the agency may see comes back; only those where it enters something are its part.
  const rows = (part.data ?? []).filter((r) => r.indicators.length && (!period || r.period === period));
  if (!part.isLoading && !rows.length && !part.error) return null;
  return (
    <Card title="Chỉ số cơ quan là đầu mối cung cấp số liệu" styles={{ body: { overflowX: 'auto' } }}>
      <ErrorAlert error={part.error} />
      <Table<MyPart>
        rowKey="submissionId"
        size="small"
        loading={part.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Đơn vị', render: (_, r) => r.unit.name },
          { title: 'Kỳ báo cáo', render: (_, r) => PERIOD_LABELS[r.period] ?? r.period },
          { title: 'Trạng thái hồ sơ', render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{STATUS_LABELS[r.status] ?? r.status}</Tag> },
          { title: 'Chỉ số được giao', render: (_, r) => r.indicators.map((i) => i.code).join(', ') },
          { title: 'Biến còn thiếu', align: 'right', render: (_, r) => (r.missing ? <Tag color="orange">{r.missing}</Tag> : <Tag color="green">Đủ</Tag>) },
          { title: 'Phần của cơ quan', render: (_, r) => (r.partDone ? 'Đã gửi' : 'Chưa gửi') },
          { title: '', render: (_, r) => <Link to={`/app/ho-so/${r.submissionId}`}>Nhập số liệu</Link> },
        ]}
      />
    </Card>
  );
}
