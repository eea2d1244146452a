import { Alert, App, Breadcrumb, Button, Card, Input, InputNumber, Modal, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { formatPoints, PERIOD_LABELS, STATUS_COLORS } from '../../lib/format';
import { may, means } from '../../lib/moves';
import { MoveButtons } from '../../components/move-buttons';
import { ReportDownload } from '../../components/report-download';
import { useEvidence } from '../../lib/evidence';
import { leavesOf, useFramework, useSubmission, useSubmissionEvent, useVerification, type VerificationRow } from '../../lib/submissions';
import { DisputePanel } from './dispute-panel';
import { IndicatorDetail, type AgencyFigure } from './indicator-detail';
import { ReferenceValueCard } from '../../components/reference-value-card';
import { SupplierProgressCard } from '../../components/supplier-progress-card';

interface EarlierReport {
  year: number;
  periodLabel: string;
}
interface Earlier {
  previousPeriod: EarlierReport | null;
  previousYear: EarlierReport | null;
  indicators: { code: string; previousPeriod: number | null; previousYear: number | null }[];
}

/** The reviewer's verification: self score and trace per indicator, accept or set the verified score with a reason, return, verify. */
export default function VerificationPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const client = useQueryClient();
  const submission = useSubmission(id);
  const verification = useVerification(id);
  const event = useSubmissionEvent(id);
  const earlier = useQuery({ queryKey: ['submission', id, 'earlier'], queryFn: async () => as<Earlier>(await unwrap(api.GET('/api/submissions/{id}/earlier', { params: { path: { id } } }))) });
  const before = new Map((earlier.data?.indicators ?? []).map((e) => [e.code, e]));
  const { previousPeriod, previousYear } = earlier.data ?? {};
  const framework = useFramework(submission.data?.frameworkCode, submission.data?.frameworkVersion);
  const defs = new Map(framework.data ? leavesOf(framework.data).map((l) => [l.def.code, l.def]) : []);
  const evidence = useEvidence(id);
  const figures = useQuery({
    queryKey: ['submission', id, 'agency-figures'],
    queryFn: async () => as<{ indicators: { code: string; agencies: AgencyFigure[] }[] }>(await unwrap(api.GET('/api/submissions/{id}/agency-figures', { params: { path: { id } } }))),
  });
  const figuresOf = (code: string) => figures.data?.indicators.find((i) => i.code === code)?.agencies ?? [];
  const [editing, setEditing] = useState<{ code: string; points: number | null; reason: string } | null>(null);
  const [returning, setReturning] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ['submission', id] });
  const call = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: refresh,
    onError: (e) => message.error(errorMessage(e)),
  });
  const s = submission.data;
  if (submission.error) return <ErrorAlert error={submission.error} />;
  if (!s) return null;
  const rows = verification.data?.indicators ?? [];
  const verifying = may(s.allowed, 'RECORD_VERIFICATION');
  const record = (code: string, body: object) => call.mutate(() => unwrap(api.PUT('/api/submissions/{id}/verification/{code}', { params: { path: { id, code } }, body: body as never })));
  const self = rows.reduce((n, r) => n + (r.self.points ?? 0), 0);
  const verifiedTotal = rows.reduce((n, r) => n + (r.verified?.verifiedPoints ?? r.self.points ?? 0), 0);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/app/tham-dinh">Hồ sơ chờ thẩm định</Link> }, { title: `Hồ sơ ${id} — ${PERIOD_LABELS[s.period] ?? s.period}` }]} />
      <Card>
        <Space wrap size={32}>
          <Tag color={STATUS_COLORS[s.status]}>{s.statusLabel}</Tag>
          <Statistic title="Tự đánh giá" value={self} formatter={(v) => formatPoints(Number(v))} />
          <Statistic title="Sau thẩm định" value={verifiedTotal} formatter={(v) => formatPoints(Number(v))} />
        </Space>
      </Card>
      {means(s.tags, 'underCorrection') && <Alert type="info" showIcon message="Đang đính chính kết quả đã công bố: sửa điểm thẩm định (kèm lý do) rồi bấm Hoàn thành đính chính; kết quả công bố chỉ đổi khi Chủ tịch công bố đính chính" description={s.corrections[s.corrections.length - 1]?.reason} />}
      <Space wrap>
        <MoveButtons
          allowed={s.allowed}
          send={(type, reason) => event.mutateAsync({ type, reason })}
          skip={['RETURN', 'VERIFY', 'RESOLVE_DISPUTE']}
          primary={['START_VERIFICATION', 'FINALIZE', 'CORRECTION_DONE']}
          hints={{ CLOSE_UNSUBMITTED: 'Đơn vị không nộp hồ sơ trước hạn: các chỉ số chưa có số liệu được 0 điểm (Điều 5c)', REOPEN_FOR_CORRECTION: 'Mở lại kết quả đã công bố để đính chính, kèm căn cứ (số văn bản)' }}
        />
        {verifying && !means(s.tags, 'underCorrection') && <Button onClick={() => call.mutate(() => unwrap(api.POST('/api/submissions/{id}/verification/accept-unchanged', { params: { path: { id } } })))}>Chấp nhận các chỉ số chưa xem xét</Button>}
        {may(s.allowed, 'RETURN') && <Button data-move="RETURN" onClick={() => setReturning(true)}>Trả lại để bổ sung</Button>}
        <ReportDownload submissionId={id} />
        {may(s.allowed, 'VERIFY') && <Button data-move="VERIFY" type="primary" onClick={() => call.mutate(async () => { await unwrap(api.POST('/api/submissions/{id}/verify', { params: { path: { id } } })); message.success('Đã gửi kết quả thẩm định cho đơn vị'); })}>Gửi kết quả thẩm định</Button>}
      </Space>
      {(s.disputed || means(s.tags, 'disputeOpen')) && <DisputePanel submissionId={id} allowed={s.allowed} />}
      <SupplierProgressCard submissionId={id} provinceForm={framework.data?.unitKind === 'PROVINCE'} mayRemind />
      {framework.data?.unitKind === 'PROVINCE' && <ReferenceValueCard cycleId={s.cycleId} framework={framework.data} />}
      <Card title="Thẩm định từng chỉ số" extra={(previousPeriod || previousYear) && <Typography.Text type="secondary">Bên phải: điểm cuối cùng của đơn vị ở kỳ trước và năm trước</Typography.Text>} styles={{ body: { overflowX: 'auto' } }}>
        <Table<VerificationRow>
          rowKey="code"
          size="small"
          loading={verification.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 25 }}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (r) => (
              <IndicatorDetail submissionId={id} row={r} def={defs.get(r.code)} figures={figuresOf(r.code)} evidence={(evidence.data ?? []).filter((e) => e.indicatorCode === r.code)} onError={(m) => message.error(m)} />
            ),
          }}
          columns={[
            { title: 'Chỉ số', dataIndex: 'code', width: 80 },
            { title: 'Cách hệ thống tính', render: (_, r) => <Typography.Text style={{ fontSize: 12 }}>{r.self.trace}</Typography.Text> },
            { title: 'Tự đánh giá', align: 'right', render: (_, r) => `${formatPoints(r.self.points)} / ${r.maxPoints}` },
            { title: 'Thẩm định', align: 'right', render: (_, r) => (r.verified ? formatPoints(r.verified.verifiedPoints) : <Typography.Text type="secondary">chưa xem xét</Typography.Text>) },
            { title: 'Lý do', render: (_, r) => r.verified?.reason ?? '' },
            ...(previousPeriod ? [{ title: `${previousPeriod.periodLabel} ${previousPeriod.year}`, align: 'right' as const, render: (_: unknown, r: VerificationRow) => formatPoints(before.get(r.code)?.previousPeriod) }] : []),
            ...(previousYear ? [{ title: `${previousYear.periodLabel} ${previousYear.year}`, align: 'right' as const, render: (_: unknown, r: VerificationRow) => formatPoints(before.get(r.code)?.previousYear) }] : []),
            {
              title: '',
              render: (_, r) =>
                verifying && (
                  <Space>
                    <Button size="small" onClick={() => record(r.code, { accept: true })}>Chấp nhận</Button>
                    <Button size="small" onClick={() => setEditing({ code: r.code, points: r.verified?.verifiedPoints ?? r.self.points, reason: r.verified?.reason ?? '' })}>Sửa điểm</Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={!!editing}
        title={`Điểm thẩm định chỉ số ${editing?.code}`}
        okText="Lưu"
        cancelText="Hủy"
        onCancel={() => setEditing(null)}
        onOk={() => { record(editing!.code, { points: editing!.points ?? 0, reason: editing!.reason }); setEditing(null); }}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <InputNumber aria-label="Điểm thẩm định" min={0} decimalSeparator="," value={editing?.points} onChange={(v) => setEditing((e) => e && { ...e, points: v === null ? null : Number(v) })} />
          <Input.TextArea aria-label="Lý do" placeholder="Lý do thay đổi điểm (bắt buộc)" rows={3} value={editing?.reason} onChange={(e) => setEditing((x) => x && { ...x, reason: e.target.value })} />
        </Space>
      </Modal>
      <ReturnModal open={returning} rows={rows} onClose={() => setReturning(false)} onReturn={(indicators, reason) => event.mutate({ type: 'RETURN', indicators, reason }, { onSuccess: () => { setReturning(false); message.success('Đã trả lại hồ sơ'); }, onError: (e) => message.error(errorMessage(e)) })} />
    </Space>
  );
}

function ReturnModal({ open, rows, onClose, onReturn }: { open: boolean; rows: VerificationRow[]; onClose: () => void; onReturn: (codes: string[], reason: string) => void }) {
  const [codes, setCodes] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  return (
    <Modal open={open} title="Trả lại hồ sơ để bổ sung" okText="Trả lại" cancelText="Hủy" onCancel={onClose} onOk={() => onReturn(codes, reason)}>
      <Select aria-label="Các chỉ số cần bổ sung" mode="multiple" style={{ width: '100%' }} placeholder="Chọn chỉ số" value={codes} onChange={setCodes} options={rows.map((r) => ({ value: r.code, label: r.code }))} />
      <Input.TextArea aria-label="Lý do trả lại" placeholder="Lý do, tài liệu cần bổ sung" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} style={{ marginTop: 12 }} />
    </Modal>
  );
}
