import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { SCHEDULES } from '../../../../modules/scoring/engine/periods';
import { ErrorAlert } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';
import { CYCLE_STATUS_LABELS, formatDate, PERIOD_LABELS, UNIT_KIND_LABELS, vnDay, vnInstant } from '../../lib/format';
import { useCycles, type Cycle } from '../../lib/submissions';
import { useAdminAction, useFrameworks } from './admin-api';
import { FormModal } from './form-modal';

const STAGES = [
  { key: 'opensAt', label: 'Mở nhập số liệu', edge: 'start' },
  { key: 'dataEntry', label: 'Hạn nhập số liệu, gửi tự đánh giá', edge: 'end' },
  { key: 'verification', label: 'Hạn thẩm định', edge: 'end' },
  { key: 'disputeResolution', label: 'Hạn giải quyết giải trình', edge: 'end' },
] as const;
type Stage = (typeof STAGES)[number]['key'];
type StageDays = Record<Stage, Dayjs>;

/** Month and day of each stage in a usual year (the YEAR report closes in the next year); the admin changes them. */
const USUAL: Record<string, [string, string, string, string]> = {
  Q1: ['03-20', '04-10', '04-25', '05-15'],
  H1: ['06-20', '07-10', '07-25', '08-15'],
  Q3: ['09-20', '10-10', '10-25', '11-15'],
  YEAR: ['11-20', '+01-15', '+02-15', '+03-15'],
};
const usualDays = (year: number, period: string): StageDays =>
  Object.fromEntries(STAGES.map((s, i) => {
    const md = USUAL[period][i];
    return [s.key, vnDay(`${md.startsWith('+') ? year + 1 : year}-${md.replace('+', '')}T12:00:00+07:00`)];
  })) as StageDays;

interface CycleForm {
  code: string;
  year: number;
  name: string;
  framework: string;
  schedule: keyof typeof SCHEDULES;
  disputeWorkingDays: number;
  evidenceRequired: boolean;
  periods: Record<string, StageDays>;
}

/** Cycles: open one for a framework with its reporting periods' dates, move a period's dates with a reason. */
export function CyclesTab() {
  const { message } = App.useApp();
  const cycles = useCycles();
  const frameworks = useFrameworks();
  const act = useAdminAction([['cycles']]);
  const [creating, setCreating] = useState(false);
  const [moving, setMoving] = useState<{ cycle: Cycle; period: string } | null>(null);
  const [form] = Form.useForm<CycleForm>();
  const [moveForm] = Form.useForm<StageDays & { reason: string }>();
  const schedule = Form.useWatch('schedule', form);
  const year = Form.useWatch('year', form);

  const fillUsualDates = (y: number | undefined) => {
    if (!y) return;
    form.setFieldValue('periods', Object.fromEntries(SCHEDULES.QUARTERLY.map((p) => [p, usualDays(y, p)])));
  };
  const openCreate = () => {
    form.resetFields();
    const y = new Date().getFullYear();
    form.setFieldsValue({ year: y, schedule: 'QUARTERLY', disputeWorkingDays: 5, evidenceRequired: true });
    fillUsualDates(y);
    setCreating(true);
  };
  const create = async () => {
    const v = await form.validateFields();
    const [code, version] = v.framework.split('@');
    const fw = frameworks.data!.find((f) => f.code === code && f.version === Number(version))!;
    const body = {
      code: v.code,
      year: v.year,
      name: v.name.trim(),
      frameworks: [{ unitKind: fw.unitKind, code, version: Number(version) }],
      schedule: v.schedule,
      disputeWorkingDays: v.disputeWorkingDays,
      evidenceRequired: v.evidenceRequired,
      periods: SCHEDULES[v.schedule].map((p) => ({ period: p, ...Object.fromEntries(STAGES.map((s) => [s.key, vnInstant(v.periods[p][s.key], s.edge)])) })),
    };
    await act.mutateAsync({ run: () => unwrap(api.POST('/api/cycles', { body: body as never })), done: `Đã mở kỳ đánh giá ${v.code}` });
    setCreating(false);
  };
  const openMove = (cycle: Cycle, period: string) => {
    moveForm.resetFields();
    moveForm.setFieldsValue(Object.fromEntries(STAGES.map((s) => [s.key, vnDay(cycle.deadlines[period][s.key])])));
    setMoving({ cycle, period });
  };
  const move = async () => {
    const { reason, ...days } = await moveForm.validateFields();
    const { cycle, period } = moving!;
    // Only the dates that changed: the audit entry then says exactly what moved.
    const changed = Object.fromEntries(
      STAGES.filter((s) => !days[s.key].isSame(vnDay(cycle.deadlines[period][s.key]), 'day')).map((s) => [s.key, vnInstant(days[s.key], s.edge)]),
    );
    if (!Object.keys(changed).length) {
      message.info('Không có mốc thời gian nào thay đổi');
      return;
    }
    await act.mutateAsync({
      run: () => unwrap(api.PATCH('/api/cycles/{id}/periods/{period}', { params: { path: { id: cycle.id, period } }, body: { ...changed, reason: reason.trim() } as never })),
      done: `Đã đổi mốc thời gian kỳ ${PERIOD_LABELS[period]} của ${cycle.code}`,
    });
    setMoving(null);
  };

  return (
    <>
      <ErrorAlert error={cycles.error ?? frameworks.error} />
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={openCreate} disabled={!frameworks.data}>Mở kỳ đánh giá mới</Button>
      </Space>
      <Table<Cycle>
        rowKey="id"
        size="small"
        loading={cycles.isLoading}
        dataSource={cycles.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Mã', dataIndex: 'code' },
          { title: 'Tên', dataIndex: 'name' },
          { title: 'Năm', dataIndex: 'year' },
          { title: 'Khối', render: (_, c) => c.frameworks.map((f) => `${UNIT_KIND_LABELS[f.unitKind] ?? f.unitKind} (${f.code} v${f.version})`).join(', ') },
          { title: 'Trạng thái', dataIndex: 'status', render: (s: string) => <Tag>{CYCLE_STATUS_LABELS[s] ?? s}</Tag> },
          {
            title: 'Hạn nhập liệu theo kỳ báo cáo',
            render: (_, c) => (
              <Space wrap size={4}>
                {c.periods.map((p) => (
                  <Button key={p} size="small" onClick={() => openMove(c, p)} disabled={c.status !== 'collecting'} title="Đổi các mốc thời gian của kỳ báo cáo">
                    {PERIOD_LABELS[p] ?? p}: {formatDate(c.deadlines[p]?.dataEntry)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <FormModal open={creating} title="Mở kỳ đánh giá mới" okText="Mở kỳ đánh giá" width={760} form={form} saving={act.isPending} onClose={() => setCreating(false)} onSave={create}>
        <Space wrap align="start">
          <Form.Item name="code" label="Mã kỳ đánh giá" rules={[{ required: true, message: 'Nhập mã' }, { pattern: /^[A-Z0-9-]{2,40}$/, message: 'Chữ in hoa, số và gạch ngang' }]}>
            <Input placeholder="DTI-2025-SO" />
          </Form.Item>
          <Form.Item name="year" label="Năm đánh giá" rules={[{ required: true, message: 'Nhập năm' }]}>
            <InputNumber min={2000} max={2100} onChange={(y) => fillUsualDates(y ?? undefined)} />
          </Form.Item>
        </Space>
        <Form.Item name="name" label="Tên kỳ đánh giá" rules={[{ required: true, whitespace: true, message: 'Nhập tên' }, { min: 2 }, { max: 200 }]}>
          <Input placeholder="Đánh giá DTI các sở, ban, ngành năm 2025" />
        </Form.Item>
        <Form.Item name="framework" label="Bộ chỉ số" rules={[{ required: true, message: 'Chọn bộ chỉ số' }]} extra="Mỗi kỳ đánh giá dùng một bộ chỉ số (một khối đơn vị)">
          <Select options={(frameworks.data ?? []).map((f) => ({ value: `${f.code}@${f.version}`, label: `${f.name} — phiên bản ${f.version} (${UNIT_KIND_LABELS[f.unitKind] ?? f.unitKind})` }))} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="schedule" label="Lịch báo cáo" rules={[{ required: true }]}>
            <Select style={{ minWidth: 260 }} options={[{ value: 'QUARTERLY', label: 'Quý I, 6 tháng, 9 tháng và năm' }, { value: 'YEARLY', label: 'Chỉ báo cáo năm' }]} />
          </Form.Item>
          <Form.Item name="disputeWorkingDays" label="Số ngày làm việc để giải trình" rules={[{ required: true }]}>
            <InputNumber min={1} max={30} />
          </Form.Item>
        </Space>
        <Form.Item name="evidenceRequired" valuePropName="checked">
          <Checkbox>Bắt buộc tài liệu kiểm chứng cho chỉ số có điểm</Checkbox>
        </Form.Item>
        {(SCHEDULES[schedule ?? 'QUARTERLY'] ?? []).map((p) => (
          <fieldset key={`${p}-${year}`} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', marginBottom: 8 }}>
            <legend style={{ fontSize: 14, width: 'auto', margin: 0, padding: '0 4px', border: 0 }}>Kỳ báo cáo {PERIOD_LABELS[p]}</legend>
            <Space wrap>
              {STAGES.map((s) => (
                <Form.Item key={s.key} name={['periods', p, s.key]} label={s.label} rules={[{ required: true, message: 'Chọn ngày' }]} style={{ marginBottom: 4 }}>
                  <DatePicker format="DD/MM/YYYY" aria-label={`${s.label} — ${PERIOD_LABELS[p]}`} />
                </Form.Item>
              ))}
            </Space>
          </fieldset>
        ))}
      </FormModal>
      <FormModal open={!!moving} title={moving ? `Đổi mốc thời gian kỳ ${PERIOD_LABELS[moving.period]} — ${moving.cycle.code}` : ''} form={moveForm} saving={act.isPending} onClose={() => setMoving(null)} onSave={move}>
        {STAGES.map((s) => (
          <Form.Item key={s.key} name={s.key} label={s.label} rules={[{ required: true, message: 'Chọn ngày' }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        ))}
        <Form.Item name="reason" label="Lý do (được ghi vào nhật ký và báo cho các đơn vị)" rules={[{ required: true, whitespace: true, message: 'Nhập lý do' }, { max: 1000 }]}>
          <Input.TextArea rows={2} placeholder="Gia hạn theo Công văn số …/STTTT" />
        </Form.Item>
      </FormModal>
    </>
  );
}
