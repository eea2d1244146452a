import { App, Button, Card, Descriptions, Input, InputNumber, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Framework } from '../../../modules/scoring/engine/framework.types';
import { errorMessage } from './error-alert';
import { api, unwrap } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { leavesOf, useCycles } from '../lib/submissions';

/**
 * Seed 004 scores some items against the best province of the country (7.5: "Địa phương có tỷ lệ
 * cao nhất: điểm tối đa"): the reviewing agency enters that figure with where it was published;
 * the next consolidation compares with it.
 */
export function ReferenceValueCard({ cycleId, framework }: { cycleId: number; framework: Framework }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const cycle = useCycles().data?.find((c) => c.id === cycleId);
  const relative = leavesOf(framework).map((l) => l.def).filter((d) => d.rule?.kind === 'RELATIVE_TO_BEST');
  const [draft, setDraft] = useState<Record<string, { value?: number | null; source?: string }>>({});
  // What the fields show: what was typed, else what the cycle has (a source fixed alone keeps its value).
  const shown = (code: string) => ({ value: draft[code]?.value !== undefined ? draft[code].value : cycle?.references?.[code]?.value, source: draft[code]?.source ?? cycle?.references?.[code]?.source });
  const save = useMutation({
    mutationFn: (code: string) => {
      const { value, source } = shown(code);
      // The API keeps six decimals, as the national reports give them.
      return unwrap(api.PUT('/api/cycles/{id}/references/{indicator}', { params: { path: { id: cycleId, indicator: code } }, body: { value: typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : (value as never), source: source ?? '' } }));
    },
    onSuccess: () => {
      message.success('Đã lưu giá trị tham chiếu; lần tổng hợp sau sẽ dùng giá trị này');
      client.invalidateQueries({ queryKey: ['cycles'] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  if (!relative.length) return null;
  return (
    <Card title="Giá trị tham chiếu toàn quốc">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {relative.map((def) => {
          const current = cycle?.references?.[def.code];
          return (
            <Space key={def.code} orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>{def.code}. {def.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ whiteSpace: 'pre-line', fontSize: 12 }}>{def.ruleText}</Typography.Text>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="Đang dùng">{current ? `${String(current.value).replace('.', ',')} — ${current.source} (${formatDateTime(current.enteredAt)})` : `Chưa nhập: chỉ số ${def.code} chưa được tính điểm và kết quả chưa thể trình Chủ tịch`}</Descriptions.Item>
              </Descriptions>
              <Space wrap>
                <InputNumber aria-label={`Giá trị tham chiếu chỉ số ${def.code}`} placeholder="Tỷ lệ của địa phương cao nhất" min={0} decimalSeparator="," style={{ width: 220 }} value={shown(def.code).value} onChange={(v) => setDraft((d) => ({ ...d, [def.code]: { ...d[def.code], value: v === null ? null : Number(v) } }))} />
                <Input aria-label={`Nguồn giá trị tham chiếu chỉ số ${def.code}`} placeholder="Nguồn: văn bản, trang, mục" style={{ width: 380 }} value={shown(def.code).source} onChange={(e) => setDraft((d) => ({ ...d, [def.code]: { ...d[def.code], source: e.target.value } }))} />
                <Button type="primary" loading={save.isPending} onClick={() => save.mutate(def.code)}>Lưu giá trị tham chiếu</Button>
              </Space>
            </Space>
          );
        })}
      </Space>
    </Card>
  );
}
