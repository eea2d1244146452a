import { App, Button, Card, Input, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';
import { useDisputes } from '../../lib/disputes';
import { formatDateTime } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/session';
import { may, type AllowedMove } from '../../lib/moves';


/** One thread per disputed indicator; each upheld (new final score) or rejected, always with a reason. */
export function DisputePanel({ submissionId, allowed }: { submissionId: number; allowed: AllowedMove[] }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const items = useDisputes(submissionId);
  const [draft, setDraft] = useState<Record<string, { points: number | null; reason: string }>>({});
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => client.invalidateQueries({ queryKey: ['submission', submissionId] }),
    onError: (e) => message.error(errorMessage(e)),
  });
  const resolve = (code: string, outcome: 'UPHELD' | 'REJECTED') => {
    const d = draft[code] ?? { points: null, reason: '' };
    act.mutate(() => unwrap(api.PUT('/api/submissions/{id}/disputes/{code}/resolution', { params: { path: { id: submissionId, code } }, body: { outcome, reason: d.reason, ...(outcome === 'UPHELD' ? { points: d.points ?? undefined } : {}) } as never })));
  };
  return (
    <Card
      title="Giải trình, kiến nghị của đơn vị"
      extra={
        may(allowed, 'RESOLVE_DISPUTE') && (
          <Button data-move="RESOLVE_DISPUTE" onClick={() => act.mutate(() => unwrap(api.POST('/api/submissions/{id}/disputes/close', { params: { path: { id: submissionId } } })))}>Kết thúc giải quyết kiến nghị</Button>
        )
      }
    >
      <List
        dataSource={items.data ?? []}
        renderItem={(item) => (
          <List.Item>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space>
                <strong>Chỉ số {item.indicatorCode}</strong>
                <Tag color={item.outcome === 'OPEN' ? 'red' : item.outcome === 'UPHELD' ? 'green' : 'default'}>{item.outcome === 'OPEN' ? 'Chờ giải quyết' : item.outcome === 'UPHELD' ? `Chấp nhận: ${item.finalPoints} điểm` : 'Không chấp nhận'}</Tag>
              </Space>
              <Typography.Text>{item.explanation}</Typography.Text>
              {item.messages.map((m) => (
                <Typography.Text key={m.id} type="secondary">{formatDateTime(m.createdAt)} — {ROLE_LABELS[m.authorRole] ?? m.authorRole}: {m.body}</Typography.Text>
              ))}
              {item.outcome === 'OPEN' && may(allowed, 'RECORD_RESOLUTION') && (
                <Space wrap>
                  <InputNumber aria-label={`Điểm mới chỉ số ${item.indicatorCode}`} placeholder="Điểm mới" min={0} decimalSeparator="," onChange={(v) => setDraft((d) => ({ ...d, [item.indicatorCode]: { reason: d[item.indicatorCode]?.reason ?? '', points: v === null ? null : Number(v) } }))} />
                  <Input aria-label={`Lý do chỉ số ${item.indicatorCode}`} placeholder="Lý do (bắt buộc)" style={{ minWidth: 280 }} onChange={(e) => setDraft((d) => ({ ...d, [item.indicatorCode]: { points: d[item.indicatorCode]?.points ?? null, reason: e.target.value } }))} />
                  <Button onClick={() => resolve(item.indicatorCode, 'UPHELD')}>Chấp nhận kiến nghị</Button>
                  <Button danger onClick={() => resolve(item.indicatorCode, 'REJECTED')}>Không chấp nhận</Button>
                </Space>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
