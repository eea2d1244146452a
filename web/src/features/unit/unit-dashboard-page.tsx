import { Card, Col, Empty, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/error-alert';
import { ExcelImport } from '../../components/excel-import';
import { SupplierProgressCard } from '../../components/supplier-progress-card';
import { daysLeft, formatDateTime, formatPoints, PERIOD_LABELS, STATUS_COLORS, STATUS_LABELS } from '../../lib/format';
import { useCycles } from '../../lib/submissions';
import { means } from '../../lib/moves';
import { DeputyHeadCard } from './deputy-head-card';
import { useSessionUser } from '../../lib/use-session';
import { useMyPart, useStanding, useUnit, type MyPart } from './unit-api';

/** The unit's year: each report's state, deadline and what is missing, and its own provisional standing. */
export default function UnitDashboardPage() {
  const user = useSessionUser()!;
  const unit = useUnit(user.unitId);
  const cycles = useCycles();
  const mine = (cycles.data ?? []).filter((c) => c.frameworks.some((f) => f.unitKind === unit.data?.kind)).sort((a, b) => b.year - a.year);
  const [chosen, setChosen] = useState<number>();
  const cycle = mine.find((c) => c.id === chosen) ?? mine[0];
  const part = useMyPart(cycle?.id);
  const standing = useStanding(cycle?.id);
  const client = useQueryClient();

  if (cycles.data && unit.data && !mine.length) return <Card><Empty description="Chưa có kỳ đánh giá nào cho đơn vị" /></Card>;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>{unit.data?.name}</Typography.Title>
        <Select aria-label="Kỳ đánh giá" value={cycle?.id} onChange={setChosen} style={{ minWidth: 280 }} options={mine.map((c) => ({ value: c.id, label: c.name }))} />
      </Space>
      <ErrorAlert error={cycles.error ?? part.error ?? standing.error} />
      {standing.data && (
        // Alone in its kind (the province), a rank, an average and a highest would only repeat its own total.
        <Card title={`${standing.data.of > 1 ? 'Điểm và thứ hạng tạm tính' : 'Điểm tạm tính'} — ${standing.data.periodLabel}`} extra={standing.data.provisional && <Tag color="gold">Tạm tính</Tag>}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Statistic title="Tổng điểm của đơn vị" value={standing.data.total} formatter={(v) => formatPoints(Number(v))} suffix={`/ ${standing.data.maxPoints}`} /></Col>
            {standing.data.of > 1 && (
              <>
                <Col xs={12} md={6}><Statistic title="Thứ hạng trong khối" value={standing.data.rank} suffix={`/ ${standing.data.of}`} /></Col>
                <Col xs={12} md={6}><Statistic title="Điểm trung bình của khối" value={standing.data.average} formatter={(v) => formatPoints(Number(v))} /></Col>
                <Col xs={12} md={6}><Statistic title="Điểm cao nhất của khối" value={standing.data.highest} formatter={(v) => formatPoints(Number(v))} /></Col>
              </>
            )}
          </Row>
          <Typography.Text type="secondary">{standing.data.notice}</Typography.Text>
        </Card>
      )}
      <Card title="Các kỳ báo cáo" styles={{ body: { overflowX: 'auto' } }}>
        <Table<MyPart>
          rowKey="submissionId"
          loading={part.isLoading}
          dataSource={part.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: 'Kỳ báo cáo', dataIndex: 'period', render: (p: string, r) => <Link to={`/app/ho-so/${r.submissionId}`}>{PERIOD_LABELS[p] ?? p}</Link> },
            { title: 'Trạng thái', dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s] ?? s}</Tag> },
            {
              title: 'Hạn nhập liệu',
              render: (_, r) => {
                const due = cycle?.deadlines[r.period]?.dataEntry;
                if (!due) return '—';
                const left = daysLeft(due);
                return (
                  <Space orientation="vertical" size={0}>
                    <span>{formatDateTime(due)}</span>
                    {means(r.tags, 'openForEntry') ? <Typography.Text type={left < 0 ? 'danger' : left <= 3 ? 'warning' : 'secondary'}>{left < 0 ? 'Đã hết hạn' : `Còn ${left} ngày`}</Typography.Text> : null}
                  </Space>
                );
              },
            },
            { title: 'Số liệu còn thiếu', dataIndex: 'missing', align: 'right', render: (n: number) => (n ? <Tag color="orange">{n} biến</Tag> : <Tag color="green">Đủ</Tag>) },
            { title: 'Phần của đơn vị', dataIndex: 'partDone', render: (done: boolean) => (done ? 'Đã xác nhận hoàn thành' : 'Đang nhập') },
            { title: '', render: (_, r) => <Link to={`/app/ho-so/${r.submissionId}`}>Mở hồ sơ</Link> },
          ]}
        />
      </Card>
      {/* The province's report is its focal agencies' work: who still owes what, on its landing screen too. */}
      {unit.data?.kind === 'PROVINCE' && part.data?.length ? <SupplierProgressCard submissionId={part.data[part.data.length - 1].submissionId} mayRemind /> : null}
      {user.role === 'UNIT_HEAD' && <DeputyHeadCard unitId={user.unitId} />}
      {cycle && !means(cycle.tags, 'published') && <ExcelImport cycleId={cycle.id} cycleCode={cycle.code} onImported={() => client.invalidateQueries({ queryKey: ['my-part', cycle.id] })} />}
    </Space>
  );
}
