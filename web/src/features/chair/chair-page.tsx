import { App, Button, Card, Empty, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Chart } from '../../components/chart';
import { ProfileRadar } from '../../components/profile-radar';
import { ErrorAlert, errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { CYCLE_STATUS_LABELS, formatPoints, PERIOD_LABELS, UNIT_KIND_LABELS } from '../../lib/format';
import { useCycles, useFramework } from '../../lib/submissions';
import { ReferenceValueCard } from '../../components/reference-value-card';
import { useSessionUser } from '../../lib/use-session';
import { PeriodReportCard } from './period-report-card';

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
  context: { sentBack?: { reason: string } | null } | null;
  runs: { id: number; unitKind: string; run: number; notFinal: unknown[]; movements: Movement[]; ranking: Row[] }[];
}


/** The year's ranking per unit kind: the reviewer consolidates and proposes it, the chair approves or sends it back. */
export default function ChairPage() {
  const user = useSessionUser()!;
  const { message } = App.useApp();
  const client = useQueryClient();
  const cycles = useCycles();
  const sorted = [...(cycles.data ?? [])].sort((a, b) => Number(b.status === 'awaitingApproval') - Number(a.status === 'awaitingApproval') || b.year - a.year);
  const [chosen, setChosen] = useState<number>();
  const [sendingBack, setSendingBack] = useState(false);
  const [reason, setReason] = useState('');
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
    mutationFn: async ({ path, body, done }: { path: 'consolidations' | 'send-to-chair' | 'approve' | 'send-back' | 'publish'; body?: object; done: string }) => {
      await unwrap(api.POST(`/api/cycles/{id}/${path}` as '/api/cycles/{id}/approve', { params: { path: { id: cycle!.id } }, body: body as never }));
      return done;
    },
    onSuccess: (done) => {
      message.success(done);
      client.invalidateQueries({ queryKey: ['cycle', cycle?.id] });
      client.invalidateQueries({ queryKey: ['cycles'] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  // A province's result goes to the chair only compared with the nation (7.5): STTTT enters that figure here too.
  const definition = useFramework(cycle?.frameworks[0]?.unitKind === 'PROVINCE' ? cycle.frameworks[0].code : undefined, cycle?.frameworks[0]?.version);
  if (cycles.data && !cycles.data.length) return <Card><Empty description="Chưa có kỳ đánh giá" /></Card>;
  const status = results.data?.status ?? cycle?.status;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>Tổng hợp, xếp hạng và phê duyệt</Typography.Title>
      <ErrorAlert error={cycles.error ?? results.error} />
      <Space wrap>
        <Select aria-label="Kỳ đánh giá" value={cycle?.id} onChange={setChosen} style={{ minWidth: 360 }} options={sorted.map((c) => ({ value: c.id, label: `${c.name} — ${CYCLE_STATUS_LABELS[c.status] ?? c.status}` }))} />
        {status && <Tag color={status === 'awaitingApproval' ? 'gold' : status === 'published' ? 'green' : 'blue'}>{CYCLE_STATUS_LABELS[status] ?? status}</Tag>}
      </Space>
      {results.data?.context?.sentBack && status === 'consolidated' && <Typography.Text type="warning">Chủ tịch đã trả lại: {results.data.context.sentBack.reason}</Typography.Text>}
      <Space wrap>
        {user.role === 'REVIEWER' && ['collecting', 'consolidated'].includes(status ?? '') && (
          <>
            <Button onClick={() => move.mutate({ path: 'consolidations', body: {}, done: 'Đã tổng hợp kết quả' })}>Tổng hợp kết quả</Button>
            <Button type="primary" onClick={() => move.mutate({ path: 'send-to-chair', done: 'Đã trình Chủ tịch phê duyệt' })}>Trình Chủ tịch phê duyệt</Button>
          </>
        )}
        {user.role === 'CHAIR' && status === 'awaitingApproval' && (
          <>
            <Button type="primary" onClick={() => move.mutate({ path: 'approve', done: 'Đã phê duyệt kết quả' })}>Phê duyệt</Button>
            <Button danger onClick={() => setSendingBack(true)}>Trả lại</Button>
          </>
        )}
        {(user.role === 'CHAIR' || user.role === 'REVIEWER') && status === 'approved' && (
          <Button type="primary" onClick={() => move.mutate({ path: 'publish', done: 'Đã công bố kết quả' })}>Công bố kết quả</Button>
        )}
      </Space>
      {user.role === 'REVIEWER' && cycle && definition.data && ['collecting', 'consolidated'].includes(status ?? '') && <ReferenceValueCard cycleId={cycle.id} framework={definition.data} />}
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
              { title: 'Đơn vị', dataIndex: 'unitName', render: (n: string, r) => <Space direction="vertical" size={0}><Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setProfile({ row: r, ranking: run.ranking })} aria-label={`Hồ sơ điểm của ${n}`}>{n}</Button>{(r.notSubmitted ?? []).map((x) => <Tag key={x.period} color="orange">Không nộp {PERIOD_LABELS[x.period] ?? x.period}</Tag>)}</Space> },
              ...(run.ranking[0]?.mains ?? []).map((m, i) => ({ title: `${m.code} (${m.maxPoints})`, key: m.code, align: 'right' as const, render: (_: unknown, r: Row) => formatPoints(r.mains[i]?.points) })),
              { title: 'Tổng điểm', dataIndex: 'total', align: 'right', render: (v: number) => <strong>{formatPoints(v)}</strong> },
            ]}
          />
        </Card>
      ))}
      {cycle && user.role !== 'CHAIR' && <PeriodReportCard key={cycle.id} cycle={cycle} />}
      <Modal open={!!profile} title={profile ? `${profile.row.unitName} — hạng ${profile.row.rank}, ${formatPoints(profile.row.total)} điểm` : ''} footer={null} width={720} onCancel={() => setProfile(null)} destroyOnHidden>
        {profile && <ProfileRadar unitName={profile.row.unitName} mains={withAverages(profile.row, profile.ranking)} height={380} />}
      </Modal>
      <Modal open={sendingBack} title="Trả lại kết quả để rà soát" okText="Trả lại" cancelText="Hủy" onCancel={() => setSendingBack(false)} onOk={() => { move.mutate({ path: 'send-back', body: { reason }, done: 'Đã trả lại kết quả' }); setSendingBack(false); }}>
        <Input.TextArea aria-label="Lý do trả lại" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Lý do, nội dung cần rà soát" />
      </Modal>
    </Space>
  );
}
