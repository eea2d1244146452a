import { App, Button, Card, Empty, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Chart } from '../../components/chart';
import { ProfileRadar } from '../../components/profile-radar';
import { ErrorAlert, errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { formatPoints, PERIOD_LABELS, UNIT_KIND_LABELS } from '../../lib/format';
import { useCycles, useFramework, type Cycle } from '../../lib/submissions';
import { means, type AllowedMove } from '../../lib/moves';
import { MoveButtons } from '../../components/move-buttons';
import { download } from '../../lib/download';
import { DownloadOutlined } from '@ant-design/icons';
import { ReferenceValueCard } from '../../components/reference-value-card';
import { useSessionUser } from '../../lib/use-session';
import { PeriodReportCard } from './period-report-card';
import { OverdueCard } from './overdue-card';

interface Row {
  unitCode: string;
  unitName: string;
  rank: number;
  total: number;
  mains: { code: string; name: string; points: number; maxPoints: number }[];
  notSubmitted: { period: string; reason: string }[] | null;
}

/** Each main indicator of one unit beside the kind's average in the same consolidation. */
function withAverages(row: Row, ranking: Row[]) {
  return row.mains.map((m, i) => ({ ...m, average: ranking.reduce((n, r) => n + (r.mains[i]?.points ?? 0), 0) / Math.max(ranking.length, 1) }));
}

interface Movement {
  unit: string;
  before: { total: number; rank: number } | null;
  after: { total: number; rank: number } | null;
}

interface Results {
  status: string;
  statusLabel: string;
  tags: string[];
  allowed: AllowedMove[];
  context: { sentBack?: { reason: string } | null } | null;
  runs: { id: number; unitKind: string; run: number; notFinal: unknown[]; movements: Movement[]; ranking: Row[] }[];
}


/** The year's ranking per unit kind: the reviewer consolidates and proposes it, the chair approves or sends it back. */
export default function ChairPage() {
  const user = useSessionUser()!;
  const { message } = App.useApp();
  const client = useQueryClient();
  const cycles = useCycles();
  // What waits for this person first: a cycle where they have a move to make.
  const waiting = (c: Cycle) => Number(c.allowed.some((m) => m.type !== 'CONSOLIDATE'));
  const sorted = [...(cycles.data ?? [])].sort((a, b) => waiting(b) - waiting(a) || b.year - a.year);
  const [chosen, setChosen] = useState<number>();
  const [profile, setProfile] = useState<{ row: Row; ranking: Row[] } | null>(null);
  const cycle = sorted.find((c) => c.id === chosen) ?? sorted[0];
  // Keep the cycle in view once shown: after an approval the list's order changes under it.
  useEffect(() => {
    if (chosen === undefined && cycle) setChosen(cycle.id);
  }, [chosen, cycle]);
  const results = useQuery({
    queryKey: ['cycle', cycle?.id, 'results'],
    enabled: !!cycle,
    queryFn: async () => as<Results>(await unwrap(api.GET('/api/cycles/{id}/results', { params: { path: { id: cycle!.id } } }))),
  });
  const move = useMutation({
    mutationFn: ({ type, reason }: { type: string; reason?: string }) => {
      const path = { params: { path: { id: cycle!.id } } };
      switch (type) {
        case 'CONSOLIDATE': return unwrap(api.POST('/api/cycles/{id}/consolidations', { ...path, body: {} }));
        case 'SEND_TO_CHAIR': return unwrap(api.POST('/api/cycles/{id}/send-to-chair', path));
        case 'SEND_BACK': return unwrap(api.POST('/api/cycles/{id}/send-back', { ...path, body: { reason: reason ?? '' } }));
        case 'APPROVE': return unwrap(api.POST('/api/cycles/{id}/approve', path));
        case 'PUBLISH': return unwrap(api.POST('/api/cycles/{id}/publish', path));
        case 'PUBLISH_CORRECTION': return unwrap(api.POST('/api/cycles/{id}/corrections', { ...path, body: { reason: reason ?? '' } }));
        default: throw new Error(`Thao tác chưa hỗ trợ: ${type}`);
      }
    },
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['cycle', cycle?.id] });
      client.invalidateQueries({ queryKey: ['cycles'] });
    },
  });
  // A province's result goes to the chair only compared with the nation (7.5): STTTT enters that figure here too.
  const definition = useFramework(cycle?.frameworks[0]?.unitKind === 'PROVINCE' ? cycle.frameworks[0].code : undefined, cycle?.frameworks[0]?.version);
  if (cycles.data && !cycles.data.length) return <Card><Empty description="Chưa có kỳ đánh giá" /></Card>;
  const status = results.data?.status ?? cycle?.status;
  const tags = results.data?.tags ?? cycle?.tags;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>Tổng hợp, xếp hạng và phê duyệt</Typography.Title>
      <ErrorAlert error={cycles.error ?? results.error} />
      <Space wrap>
        <Select aria-label="Kỳ đánh giá" value={cycle?.id} onChange={setChosen} style={{ minWidth: 360 }} options={sorted.map((c) => ({ value: c.id, label: `${c.name} — ${c.statusLabel}` }))} />
        {status && <Tag color={means(tags, 'withChair') ? 'gold' : means(tags, 'published') ? 'green' : 'blue'}>{results.data?.statusLabel ?? cycle?.statusLabel}</Tag>}
        {cycle && results.data && results.data.runs.length > 0 && (
          <Button icon={<DownloadOutlined />} onClick={() => download(`/api/cycles/${cycle.id}/ranking.xlsx`, `xep-hang-${cycle.code}.xlsx`).catch((e) => message.error(String(e.message ?? e)))}>Tải bảng xếp hạng (Excel)</Button>
        )}
      </Space>
      {results.data?.context?.sentBack && means(tags, 'consolidated') && <Typography.Text type="warning">Chủ tịch đã trả lại: {results.data.context.sentBack.reason}</Typography.Text>}
      <MoveButtons
        allowed={results.data?.allowed ?? []}
        send={(type, reason) => move.mutateAsync({ type, reason })}
        primary={['SEND_TO_CHAIR', 'APPROVE', 'PUBLISH']}
        done={{ CONSOLIDATE: 'Đã tổng hợp kết quả', SEND_TO_CHAIR: 'Đã trình Chủ tịch phê duyệt', APPROVE: 'Đã phê duyệt kết quả', SEND_BACK: 'Đã trả lại kết quả', PUBLISH: 'Đã công bố kết quả', PUBLISH_CORRECTION: 'Đã công bố đính chính: phiên bản mới' }}
        hints={{ PUBLISH_CORRECTION: 'Công bố phiên bản mới sau khi cơ quan thẩm định đính chính kết quả của đơn vị và tổng hợp lại' }}
      />
      {user.role === 'REVIEWER' && cycle && definition.data && (means(tags, 'collecting') || means(tags, 'consolidated')) && <ReferenceValueCard cycleId={cycle.id} framework={definition.data} />}
      {results.data && !results.data.runs.length && <Card><Empty description="Chưa có lần tổng hợp nào: cơ quan thẩm định tổng hợp kết quả khi các hồ sơ đã hoàn thành" /></Card>}
      {(results.data?.runs ?? []).map((run) => (
        <Card key={run.id} title={`${UNIT_KIND_LABELS[run.unitKind] ?? run.unitKind} — lần tổng hợp ${run.run}`} extra={run.notFinal.length > 0 && <Tag color="orange">{run.notFinal.length} hồ sơ chưa hoàn thành</Tag>} styles={{ body: { overflowX: 'auto' } }}>
          <Chart
            label={`Phân bố tổng điểm khối ${UNIT_KIND_LABELS[run.unitKind] ?? run.unitKind}`}
            height={Math.max(220, run.ranking.length * 22)}
            option={{
              grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPoints(v) } },
              yAxis: { type: 'category', inverse: true, data: run.ranking.map((r) => r.unitName), axisLabel: { width: 200, overflow: 'truncate' } },
              series: [{ type: 'bar', data: run.ranking.map((r) => r.total), itemStyle: { color: '#b71c1c' } }],
            }}
          />
          {run.run > 1 && (
            <Typography.Paragraph>
              <strong>Thay đổi so với lần tổng hợp trước: </strong>
              {run.movements.length === 0
                ? 'không có thay đổi.'
                : run.movements.map((m) => `${run.ranking.find((r) => r.unitCode === m.unit)?.unitName ?? m.unit}: ${formatPoints(m.before?.total)} → ${formatPoints(m.after?.total)} điểm (hạng ${m.before?.rank ?? '—'} → ${m.after?.rank ?? '—'})`).join('; ')}
            </Typography.Paragraph>
          )}
          <Table<Row>
            rowKey="unitCode"
            size="small"
            dataSource={run.ranking}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: 'Hạng', dataIndex: 'rank', width: 60 },
              { title: 'Đơn vị', dataIndex: 'unitName', render: (n: string, r) => <Space orientation="vertical" size={0}><Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setProfile({ row: r, ranking: run.ranking })} aria-label={`Hồ sơ điểm của ${n}`}>{n}</Button>{(r.notSubmitted ?? []).map((x) => <Tag key={x.period} color="orange">Không nộp {PERIOD_LABELS[x.period] ?? x.period}</Tag>)}</Space> },
              ...(run.ranking[0]?.mains ?? []).map((m, i) => ({ title: `${m.code} (${m.maxPoints})`, key: m.code, align: 'right' as const, render: (_: unknown, r: Row) => formatPoints(r.mains[i]?.points) })),
              { title: 'Tổng điểm', dataIndex: 'total', align: 'right', render: (v: number) => <strong>{formatPoints(v)}</strong> },
            ]}
          />
        </Card>
      ))}
      {cycle && <OverdueCard cycle={cycle} />}
      {cycle && user.role !== 'CHAIR' && <PeriodReportCard key={cycle.id} cycle={cycle} />}
      <Modal open={!!profile} title={profile ? `${profile.row.unitName} — hạng ${profile.row.rank}, ${formatPoints(profile.row.total)} điểm` : ''} footer={null} width={720} onCancel={() => setProfile(null)} destroyOnHidden>
        {profile && <ProfileRadar unitName={profile.row.unitName} mains={withAverages(profile.row, profile.ranking)} height={380} />}
      </Modal>
    </Space>
  );
}
