import { Card, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Chart } from '../../components/chart';
import { ErrorAlert } from '../../components/error-alert';
import { formatDateTime, formatPoints, PERIOD_LABELS, UNIT_KIND_LABELS } from '../../lib/format';
import { usePublicRanking, usePublishedYears, type RankingRow } from './public-api';

/** The published ranking per year and unit kind, for anyone (nothing unpublished is ever asked for). */
export default function PublicRankingPage() {
  const years = usePublishedYears();
  const [year, setYear] = useState<number>();
  const [kind, setKind] = useState<string>();
  const shownYear = year ?? years.data?.[years.data.length - 1]?.year;
  const kinds = years.data?.find((y) => y.year === shownYear)?.unitKinds ?? [];
  const shownKind = kind && kinds.includes(kind) ? kind : kinds[0];
  const ranking = usePublicRanking(shownYear, shownKind);

  if (years.data && !years.data.length) return <Card><Empty description="Chưa có kết quả nào được công bố" /></Card>;
  const rows = ranking.data?.ranking ?? [];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ marginBottom: 0 }}>Kết quả Chỉ số chuyển đổi số (DTI)</Typography.Title>
      <ErrorAlert error={years.error ?? ranking.error} />
      <Space wrap>
        <Select
          aria-label="Năm đánh giá"
          value={shownYear}
          onChange={setYear}
          style={{ width: 140 }}
          options={(years.data ?? []).map((y) => ({ value: y.year, label: `Năm ${y.year}` }))}
        />
        <Segmented value={shownKind} onChange={(v) => setKind(String(v))} options={kinds.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] ?? k }))} />
      </Space>
      {ranking.data && (
        <Typography.Text type="secondary">
          {ranking.data.name} — công bố {formatDateTime(ranking.data.publishedAt)} (phiên bản {ranking.data.version})
        </Typography.Text>
      )}
      <Card title="Tổng điểm theo đơn vị">
        <Chart
          label="Biểu đồ tổng điểm các đơn vị"
          height={Math.max(260, rows.length * 26)}
          option={{
            grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
            tooltip: { trigger: 'axis', valueFormatter: (v) => formatPoints(Number(v)) },
            xAxis: { type: 'value', max: 1000, axisLabel: { formatter: (v: number) => formatPoints(v) } },
            yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.unitName), axisLabel: { width: 200, overflow: 'truncate' } },
            series: [{ type: 'bar', data: rows.map((r) => r.total), itemStyle: { color: '#b71c1c' }, label: { show: true, position: 'right', formatter: (p) => formatPoints(Number(p.value)) } }],
          }}
        />
      </Card>
      <Card title="Bảng xếp hạng" styles={{ body: { overflowX: 'auto' } }}>
        <Table<RankingRow>
          rowKey="unitCode"
          loading={ranking.isLoading}
          dataSource={rows}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: 'Hạng', dataIndex: 'rank', width: 70, fixed: 'left' },
            {
              title: 'Đơn vị',
              dataIndex: 'unitName',
              fixed: 'left',
              render: (name: string, r) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/ket-qua/${shownYear}/${r.unitCode}`}>{name}</Link>
                  {r.notSubmitted.map((n) => <Tag key={n.period} color="orange">Không nộp báo cáo {PERIOD_LABELS[n.period] ?? n.period}</Tag>)}
                </Space>
              ),
            },
            ...(rows[0]?.mains ?? []).map((m, i) => ({
              title: `${m.code}. ${m.name} (${m.maxPoints})`,
              key: m.code,
              width: 130,
              align: 'right' as const,
              render: (_: unknown, r: RankingRow) => formatPoints(r.mains[i]?.points),
            })),
            { title: 'Tổng điểm', dataIndex: 'total', align: 'right', width: 110, render: (v: number) => <strong>{formatPoints(v)}</strong> },
          ]}
        />
      </Card>
    </Space>
  );
}
