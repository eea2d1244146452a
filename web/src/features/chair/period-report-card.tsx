import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert, errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { download } from '../../lib/download';
import { formatPoints, PERIOD_LABELS, STATUS_COLORS, STATUS_LABELS } from '../../lib/format';
import type { Cycle } from '../../lib/submissions';

interface Report {
  periodLabel: string;
  notice: string;
  maxPoints: number;
  rows: { rank: number; unitCode: string; unitName: string; status: string; total: number; notSubmitted: { period: string }[] }[];
}

/** Điều 7a: a verified quarter's or half-year's table and provisional ranking, on screen and in Excel. */
export function PeriodReportCard({ cycle }: { cycle: Cycle }) {
  const { message } = App.useApp();
  const periods = cycle.periods.slice(0, -1);
  const [period, setPeriod] = useState<string | undefined>(periods[0]);
  const report = useQuery({
    queryKey: ['cycle', cycle.id, 'period-report', period],
    enabled: !!period,
    retry: false,
    queryFn: async () => as<Report>(await unwrap(api.GET('/api/cycles/{id}/periods/{period}/report', { params: { path: { id: cycle.id, period: period! }, query: {} } }))),
  });
  if (!periods.length) return null;
  return (
    <Card
      title="Báo cáo kỳ (tạm tính)"
      extra={
        <Space>
          <Select aria-label="Kỳ báo cáo của báo cáo kỳ" value={period} onChange={setPeriod} style={{ width: 140 }} options={periods.map((p) => ({ value: p, label: PERIOD_LABELS[p] ?? p }))} />
          <Button icon={<DownloadOutlined />} disabled={!report.data} onClick={() => download(`/api/cycles/${cycle.id}/periods/${period}/report.xlsx`, `bao-cao-tam-tinh-${cycle.code}-${period}.xlsx`).catch((e) => message.error(errorMessage(e)))}>
            Tải Excel
          </Button>
        </Space>
      }
      styles={{ body: { overflowX: 'auto' } }}
    >
      <ErrorAlert error={report.error} />
      {report.data && (
        <>
          <Typography.Paragraph type="secondary"><Tag color="gold">Tạm tính</Tag>{report.data.notice}. Điểm tối đa của kỳ: {report.data.maxPoints}.</Typography.Paragraph>
          <Table
            rowKey="unitCode"
            size="small"
            pagination={false}
            dataSource={report.data.rows}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: 'Hạng tạm tính', dataIndex: 'rank', width: 110 },
              { title: 'Đơn vị', dataIndex: 'unitName' },
              { title: 'Trạng thái', dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s] ?? s}</Tag> },
              { title: 'Ghi chú', render: (_, r) => (r.notSubmitted.length ? <Tag color="orange">Không nộp báo cáo</Tag> : null) },
              { title: 'Điểm kỳ', dataIndex: 'total', align: 'right', render: formatPoints },
            ]}
          />
        </>
      )}
    </Card>
  );
}
