import { Alert, Button, DatePicker, Form, Input, Select, Space, Switch, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';
import { formatDateTime, PERIOD_LABELS, STATUS_COLORS, vnDay, vnInstant } from '../../lib/format';
import { means } from '../../lib/moves';
import { useCycles, type Submission } from '../../lib/submissions';
import { useAdminAction, useAllUnits, useUsers } from './admin-api';
import { FormModal } from './form-modal';
import { OverdueTag } from '../../components/overdue-tag';

type Designated = Submission;

/**
 * The reviewing agency does not verify its own report: for those, the admin designates a
 * reviewer from another unit, with the reason (audited; only that person may then verify).
 * Here too the admin gives one unit a later deadline (data entry, or the dispute window once the
 * result is sent), with the reason; the server refuses one that is not later.
 */
export function DesignationsTab() {
  const cycles = useCycles();
  const units = useAllUnits();
  const users = useUsers();
  const [cycleId, setCycleId] = useState<number>();
  const [onlyOwn, setOnlyOwn] = useState(true);
  const [choosing, setChoosing] = useState<Designated | null>(null);
  const [form] = Form.useForm<{ reviewerId: number; reason: string }>();
  const [extending, setExtending] = useState<Designated | null>(null);
  const [extension] = Form.useForm<{ day: Dayjs; reason: string }>();
  const act = useAdminAction([['designations']]);
  const chosen = cycleId ?? cycles.data?.find((c) => c.tags.includes('collecting'))?.id;
  const submissions = useQuery({
    queryKey: ['designations', chosen],
    enabled: !!chosen,
    queryFn: () => unwrap(api.GET('/api/cycles/{cycleId}/submissions', { params: { path: { cycleId: chosen! } } })),
  });
  const unit = (id: number) => units.data?.find((u) => u.id === id);
  const person = (id: number | null | undefined) => users.data?.find((u) => u.id === id);
  const rows = (submissions.data ?? []).filter((s) => !onlyOwn || unit(s.unitId)?.isReviewingAgency).sort((a, b) => Number(!!b.overdue) - Number(!!a.overdue) || a.id - b.id);
  const overdue = (submissions.data ?? []).filter((s) => s.overdue).length;
  const independent = (s: Designated) => (users.data ?? []).filter((u) => u.role === 'REVIEWER' && u.isActive && u.unitId !== s.unitId);

  // The dispute window once the result is sent, the data-entry deadline before.
  const extendable = (s: Designated) => (means(s.tags, 'disputeWindowOpen') ? 'disputeWindow' : means(s.tags, 'openForEntry') ? 'dataEntry' : null);
  const extend = async () => {
    const { day, reason } = await extension.validateFields();
    const s = extending!;
    const key = extendable(s)!;
    await act.mutateAsync({
      run: () => unwrap(api.POST('/api/submissions/{id}/deadline-extension', { params: { path: { id: s.id } }, body: { [key]: vnInstant(day, 'end'), reason: reason.trim() } as never })),
      done: `Đã gia hạn cho ${unit(s.unitId)?.name} đến hết ngày ${day.format('DD/MM/YYYY')}`,
    });
    setExtending(null);
  };

  const designate = async () => {
    const { reviewerId, reason } = await form.validateFields();
    const s = choosing!;
    await act.mutateAsync({
      run: () => unwrap(api.POST('/api/submissions/{id}/designated-reviewer', { params: { path: { id: s.id } }, body: { reviewerId, reason: reason.trim() } })),
      done: `Đã chỉ định ${person(reviewerId)?.fullName} thẩm định hồ sơ của ${unit(s.unitId)?.name}`,
    });
    setChoosing(null);
  };

  return (
    <>
      <ErrorAlert error={cycles.error ?? submissions.error ?? users.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="Kỳ đánh giá" value={chosen} onChange={setCycleId} style={{ minWidth: 320 }} options={(cycles.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        <Switch checked={onlyOwn} onChange={setOnlyOwn} aria-label="Chỉ hồ sơ của cơ quan thẩm định" />
        <span>Chỉ hồ sơ của cơ quan thẩm định</span>
      </Space>
      {overdue > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`${overdue} hồ sơ của kỳ đã quá hạn thẩm định hoặc quá hạn giải quyết kiến nghị`} />}
      {onlyOwn && submissions.data && rows.length === 0 && <Alert type="info" showIcon message="Kỳ đánh giá này không có hồ sơ của cơ quan thẩm định" style={{ marginBottom: 12 }} />}
      <Table<Designated>
        rowKey="id"
        size="small"
        loading={submissions.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Đơn vị', render: (_, s) => unit(s.unitId)?.name ?? s.unitId },
          { title: 'Kỳ báo cáo', dataIndex: 'period', render: (p: string) => PERIOD_LABELS[p] ?? p },
          { title: 'Trạng thái', render: (_, s) => <Space size={4} wrap><Tag color={STATUS_COLORS[s.status]}>{s.statusLabel}</Tag><OverdueTag overdue={s.overdue} /></Space> },
          {
            title: 'Người thẩm định được chỉ định',
            render: (_, s) => {
              const p = person(s.designatedReviewerId);
              return p ? `${p.fullName} (${unit(p.unitId)?.name ?? ''})` : <span style={{ color: '#8c8c8c' }}>Chưa chỉ định</span>;
            },
          },
          { title: 'Hạn nhập liệu', render: (_, s) => formatDateTime(s.deadlines.dataEntry) },
          { title: 'Hạn giải trình', render: (_, s) => formatDateTime(s.deadlines.disputeWindow) },
          {
            title: 'Thao tác',
            render: (_, s) => (
              <Space>
                <Button size="small" disabled={means(s.tags, 'final')} onClick={() => { form.resetFields(); setChoosing(s); }}>Chỉ định</Button>
                {extendable(s) && <Button size="small" onClick={() => { extension.resetFields(); setExtending(s); }}>Gia hạn</Button>}
              </Space>
            ),
          },
        ]}
      />
      <FormModal open={!!choosing} title={choosing ? `Chỉ định người thẩm định — ${unit(choosing.unitId)?.name}, ${PERIOD_LABELS[choosing.period]}` : ''} okText="Chỉ định" form={form} saving={act.isPending} onClose={() => setChoosing(null)} onSave={designate}>
        <Form.Item name="reviewerId" label="Người thẩm định (không thuộc đơn vị có hồ sơ)" rules={[{ required: true, message: 'Chọn người thẩm định' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={choosing ? independent(choosing).map((u) => ({ value: u.id, label: `${u.fullName} — ${unit(u.unitId)?.name ?? ''}` })) : []} />
        </Form.Item>
        <Form.Item name="reason" label="Lý do" rules={[{ required: true, whitespace: true, message: 'Nhập lý do' }, { min: 3 }, { max: 1000 }]}>
          <Input.TextArea rows={2} placeholder="Hồ sơ của chính cơ quan thẩm định" />
        </Form.Item>
      </FormModal>
      <FormModal
        open={!!extending}
        title={extending ? `Gia hạn ${extendable(extending) === 'disputeWindow' ? 'giải trình, kiến nghị' : 'nhập liệu'} — ${unit(extending.unitId)?.name}, ${PERIOD_LABELS[extending.period]}` : ''}
        okText="Gia hạn"
        form={extension}
        saving={act.isPending}
        onClose={() => setExtending(null)}
        onSave={extend}
      >
        <Form.Item name="day" label="Đến hết ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format="DD/MM/YYYY" aria-label="Gia hạn đến hết ngày" disabledDate={(d) => !!extending && d.isBefore(vnDay(extending.deadlines[extendable(extending) ?? 'dataEntry'] ?? extending.deadlines.dataEntry), 'day')} />
        </Form.Item>
        <Form.Item name="reason" label="Lý do" rules={[{ required: true, whitespace: true, message: 'Nhập lý do' }, { min: 3 }, { max: 1000 }]}>
          <Input.TextArea rows={2} placeholder="Đơn vị đề nghị gia hạn bằng văn bản số …" />
        </Form.Item>
      </FormModal>
    </>
  );
}
