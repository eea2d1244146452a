import { App, Button, Card, Input, List, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';
import { useDisputes } from '../../lib/disputes';
import { formatDateTime } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/session';


/** The unit's side of its disputes: one thread per indicator, the outcome and its reason. */
export function UnitDisputes({ submissionId, open }: { submissionId: number; open: boolean }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const items = useDisputes(submissionId);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const send = useMutation({
    mutationFn: ({ code, body }: { code: string; body: string }) => unwrap(api.POST('/api/submissions/{id}/disputes/{code}/messages', { params: { path: { id: submissionId, code } }, body: { body } as never })),
    onSuccess: (_, { code }) => {
      setDraft((d) => ({ ...d, [code]: '' }));
      client.invalidateQueries({ queryKey: ['submission', submissionId, 'disputes'] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  if (!items.data?.length) return null;
  return (
    <Card title="Giải trình, kiến nghị" size="small">
      <List
        dataSource={items.data}
        renderItem={(item) => (
          <List.Item>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space>
                <strong>Chỉ số {item.indicatorCode}</strong>
                <Tag color={item.outcome === 'OPEN' ? 'red' : item.outcome === 'UPHELD' ? 'green' : 'default'}>
                  {item.outcome === 'OPEN' ? 'Chờ giải quyết' : item.outcome === 'UPHELD' ? `Được chấp nhận: ${item.finalPoints} điểm` : 'Không được chấp nhận'}
                </Tag>
              </Space>
              <Typography.Text>{item.explanation}</Typography.Text>
              {item.resolutionReason && <Typography.Text type="secondary">Kết luận: {item.resolutionReason}</Typography.Text>}
              {item.messages.map((m) => (
                <Typography.Text key={m.id} type="secondary">{formatDateTime(m.createdAt)} — {ROLE_LABELS[m.authorRole] ?? m.authorRole}: {m.body}</Typography.Text>
              ))}
              {open && item.outcome === 'OPEN' && (
                <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
                  <Input aria-label={`Trao đổi về chỉ số ${item.indicatorCode}`} placeholder="Bổ sung giải trình" value={draft[item.indicatorCode] ?? ''} onChange={(e) => setDraft((d) => ({ ...d, [item.indicatorCode]: e.target.value }))} />
                  <Button onClick={() => send.mutate({ code: item.indicatorCode, body: draft[item.indicatorCode] ?? '' })} disabled={!draft[item.indicatorCode]?.trim()}>Gửi</Button>
                </Space.Compact>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
