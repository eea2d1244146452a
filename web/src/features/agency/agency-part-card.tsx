import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert, errorMessage } from '../../components/error-alert';
import { MoveButtons } from '../../components/move-buttons';
import { PERIOD_LABELS, STATUS_COLORS, STATUS_LABELS } from '../../lib/format';
import { may } from '../../lib/moves';
import { useMoveOn, useMyPart, type MyPart } from '../../lib/submissions';

/**
 * The items the agency itself supplies as the focal point (the DTI form's "Đầu mối cung cấp số
 * liệu, tài liệu kiểm chứng", or a framework row that names the agency alone): each submission it
 * owes a part of, opened on the same data-entry screen the unit uses, with the moves the
 * statechart allows the agency on it (send its part, reopen it, resend after a return), one row
 * at a time or every row at once.
 */
export function AgencyPartCard({ cycleId, period }: { cycleId: number; period?: string }) {
  const { message } = App.useApp();
  const part = useMyPart(cycleId);
  const move = useMoveOn();
  const [sendingAll, setSendingAll] = useState(false);
  // Every submission the agency may see comes back; only those where it enters something are its part.
  const rows = (part.data ?? []).filter((r) => r.indicators.length && (!period || r.period === period));
  const sendable = rows.filter((r) => may(r.allowed, 'AGENCY_PART_COMPLETE'));
  if (!part.isLoading && !rows.length && !part.error) return null;
  const sendAll = async () => {
    setSendingAll(true);
    const refused: string[] = [];
    for (const r of sendable) {
      try {
        await move.mutateAsync({ id: r.submissionId, type: 'AGENCY_PART_COMPLETE' });
      } catch (e) {
        refused.push(`${r.unit.name} (${PERIOD_LABELS[r.period] ?? r.period}): ${errorMessage(e)}`);
      }
    }
    setSendingAll(false);
    if (refused.length) message.warning(`Đã gửi ${sendable.length - refused.length}/${sendable.length} hồ sơ; chưa gửi được: ${refused.join('; ')}`);
    else message.success(`Đã gửi phần số liệu của cơ quan ở ${sendable.length} hồ sơ`);
  };
  return (
    <Card
      title="Chỉ số cơ quan là đầu mối cung cấp số liệu"
      styles={{ body: { overflowX: 'auto' } }}
      extra={
        sendable.length > 1 && (
          <Popconfirm title={`Gửi phần số liệu của cơ quan ở ${sendable.length} hồ sơ?`} okText="Gửi tất cả" cancelText="Hủy" onConfirm={sendAll}>
            <Button type="primary" loading={sendingAll}>Gửi tất cả ({sendable.length})</Button>
          </Popconfirm>
        )
      }
    >
      <ErrorAlert error={part.error} />
      <Table<MyPart>
        rowKey="submissionId"
        size="small"
        loading={part.isLoading}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Đơn vị', render: (_, r) => r.unit.name },
          { title: 'Kỳ báo cáo', render: (_, r) => PERIOD_LABELS[r.period] ?? r.period },
          { title: 'Trạng thái hồ sơ', render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{STATUS_LABELS[r.status] ?? r.status}</Tag> },
          { title: 'Chỉ số được giao', render: (_, r) => r.indicators.map((i) => i.code).join(', ') },
          { title: 'Biến còn thiếu', align: 'right', render: (_, r) => (r.missing ? <Tag color="orange">{r.missing}</Tag> : <Tag color="green">Đủ</Tag>) },
          { title: 'Phần của cơ quan', render: (_, r) => (r.partDone ? 'Đã gửi' : 'Chưa gửi') },
          { title: 'Thao tác', render: (_, r) => <MoveButtons size="small" allowed={r.allowed} send={(type, reason) => move.mutateAsync({ id: r.submissionId, type, reason })} primary={['AGENCY_PART_COMPLETE', 'AGENCY_RESUBMIT']} /> },
          { title: '', render: (_, r) => <Link to={`/app/ho-so/${r.submissionId}`}>Nhập số liệu</Link> },
        ]}
      />
    </Card>
  );
}
