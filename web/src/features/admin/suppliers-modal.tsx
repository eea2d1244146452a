import { App, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { IndicatorDef, VariableDef } from '../../../../modules/scoring/engine/framework.types';
import { api, as, unwrap } from '../../lib/api';
import { leavesOf, useFramework } from '../../lib/submissions';
import { useAdminAction, useAllUnits, type FrameworkSummary } from './admin-api';
import { FormModal } from './form-modal';

type Row = { key: string; def: IndicatorDef; v: VariableDef };

/**
 * The form's column "Đầu mối cung cấp số liệu, tài liệu kiểm chứng", editable before a cycle
 * opens: each variable's focal agency. Saved as the next version of the framework, with the reason.
 */
export function SuppliersModal({ framework, onClose }: { framework: FrameworkSummary | null; onClose: () => void }) {
  const { message } = App.useApp();
  const definition = useFramework(framework?.code, framework?.version);
  const units = useAllUnits();
  const act = useAdminAction([['frameworks']]);
  const [form] = Form.useForm<{ reason: string }>();
  const [changed, setChanged] = useState<Record<string, string>>({});
  const agencies = [{ value: 'UNIT', label: 'Đơn vị được đánh giá' }, ...(units.data ?? []).filter((u) => u.isSourceAgency && u.isActive).map((u) => ({ value: u.code, label: u.name }))];
  const name = (code: string | undefined) => agencies.find((a) => a.value === code)?.label ?? code ?? 'Đơn vị được đánh giá';
  const rows: Row[] = definition.data ? leavesOf(definition.data).flatMap(({ def }) => (def.variables ?? []).map((v) => ({ key: `${def.code}|${v.key}`, def, v }))) : [];
  const save = async () => {
    const { reason } = await form.validateFields();
    const changes = Object.entries(changed)
      .filter(([key, supplier]) => supplier !== rows.find((r) => r.key === key)?.v.supplier)
      .map(([key, supplier]) => ({ indicator: key.split('|')[0], variable: key.split('|')[1], supplier }));
    if (!changes.length) {
      message.info('Chưa đổi đầu mối nào');
      throw new Error('nothing changed');
    }
    return act.mutateAsync({
      run: async () => as<FrameworkSummary>(await unwrap(api.POST('/api/frameworks/{code}/suppliers', { params: { path: { code: framework!.code } }, body: { version: framework!.version, changes, reason } }))),
      done: (saved: FrameworkSummary) => `Đã lưu ${changes.length} thay đổi đầu mối thành phiên bản ${saved.version}; kỳ đánh giá mở sau sẽ dùng phiên bản này`,
    }).then(() => {
      setChanged({});
      onClose();
    });
  };
  return (
    <FormModal open={!!framework} title={`Cơ quan đầu mối: ${framework?.name ?? ''} (phiên bản ${framework?.version ?? ''})`} form={form} saving={act.isPending} width={1000} okText="Lưu thành phiên bản mới" onClose={onClose} onSave={save}>
      <Typography.Paragraph type="secondary">
        Chọn cơ quan cung cấp số liệu, tài liệu kiểm chứng cho từng biến. Số liệu dùng chung được đổi ở mục gốc. Thay đổi được lưu thành phiên bản mới; phiên bản cũ và các kỳ đánh giá đã mở giữ nguyên.
      </Typography.Paragraph>
      <Table<Row>
        rowKey="key"
        size="small"
        loading={definition.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 12 }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Chỉ số', render: (_, r) => <span title={r.def.name}>{r.def.code}</span>, width: 70 },
          { title: 'Biến', render: (_, r) => `${r.v.key}: ${r.v.label}`.slice(0, 90) },
          {
            title: 'Đầu mối',
            width: 320,
            render: (_, r) =>
              r.v.ref ? (
                <Typography.Text type="secondary">Dùng số liệu mục {r.v.ref.indicator} ({name(r.v.supplier)})</Typography.Text>
              ) : (
                <Select
                  aria-label={`Đầu mối chỉ số ${r.def.code} biến ${r.v.key}`}
                  showSearch
                  optionFilterProp="label"
                  style={{ width: 300 }}
                  value={changed[r.key] ?? r.v.supplier ?? r.def.supplier ?? 'UNIT'}
                  options={agencies.some((a) => a.value === (r.v.supplier ?? 'UNIT')) ? agencies : [...agencies, { value: r.v.supplier!, label: `${r.v.supplier} (chưa có trong danh sách đơn vị)` }]}
                  onChange={(value: string) => setChanged((c) => ({ ...c, [r.key]: value }))}
                />
              ),
          },
        ]}
      />
      <Form.Item name="reason" label="Lý do thay đổi" rules={[{ required: true, whitespace: true, message: 'Hãy nêu lý do thay đổi đầu mối' }]} style={{ marginTop: 12 }}>
        <Input.TextArea rows={2} placeholder="Ví dụ: Sở KH&CN tổng hợp số liệu của UBND cấp huyện" />
      </Form.Item>
    </FormModal>
  );
}
