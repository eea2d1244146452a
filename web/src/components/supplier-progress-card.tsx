import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import { download } from '../lib/download';
import { formatDateTime } from '../lib/format';
import { useSupplierProgress, type SupplierProgress } from '../lib/submissions';
import { ErrorAlert, errorMessage } from './error-alert';

type Party = SupplierProgress['parties'][number];

/**
 * Which party still owes which items of one submission (the DTI form's column "Đầu mối cung cấp
 * số liệu, tài liệu kiểm chứng"), with the deadline and the last reminder sent. An agency sees
 * its own row only (the API decides).
 */
export function SupplierProgressCard({ submissionId, provinceForm, mayRemind }: { submissionId: number; provinceForm?: boolean; mayRemind?: boolean }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const progress = useSupplierProgress(submissionId);
  const remind = useMutation({
    mutationFn: (party: string) => unwrap(api.POST('/api/submissions/{id}/suppliers/{party}/remind', { params: { path: { id: submissionId, party } } })),
    onSuccess: (r) => {
      message.success(`Đã nhắc ${(r as { reminded: number }).reminded} tài khoản`);
      client.invalidateQueries({ queryKey: ['suppliers', submissionId] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const p = progress.data;
  return (
    <Card
      title="Tiến độ của các bên cung cấp số liệu"
      extra={
        <Space wrap>
          {provinceForm && (
            <Button icon={<DownloadOutlined />} onClick={() => download(`/api/submissions/${submissionId}/province-form.xlsx`, `bieu-mau-dti-tinh-${submissionId}.xlsx`).catch((e) => message.error(errorMessage(e)))}>
              Xuất biểu mẫu DTI (Excel)
            </Button>
          )}
        </Space>
      }
      styles={{ body: { overflowX: 'auto' } }}
    >
      <ErrorAlert error={progress.error} />
      {p && <Typography.Paragraph type="secondary">Hạn nhập liệu: {formatDateTime(p.dataEntryDue)}</Typography.Paragraph>}
      <Table<Party>
        rowKey="party"
        size="small"
        loading={progress.isLoading}
        dataSource={p?.parties ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Bên cung cấp', render: (_, r) => (r.party === 'UNIT' ? 'Đơn vị được đánh giá' : (r.name ?? r.party)) },
          {
            title: 'Chỉ số được giao',
            render: (_, r) => (
              <Space size={[4, 4]} wrap style={{ maxWidth: 520 }}>
                {r.items.map((i) => (
                  <Tooltip key={i.code} title={[i.name, i.missing.length && `còn thiếu ${i.missing.join(', ')}`, i.evidenceMissing && 'thiếu tài liệu kiểm chứng'].filter(Boolean).join(': ')}>
                    <Tag color={i.missing.length ? 'orange' : i.evidenceMissing ? 'gold' : 'green'}>{i.code}</Tag>
                  </Tooltip>
                ))}
              </Space>
            ),
          },
          { title: 'Biến còn thiếu', align: 'right', render: (_, r) => r.missing },
          { title: 'Thiếu tài liệu kiểm chứng', align: 'right', render: (_, r) => (r.evidenceMissing ? <Tag color="gold">{r.evidenceMissing} chỉ số</Tag> : '—') },
          { title: 'Tình trạng', render: (_, r) => (r.awaited ? <Tag color="volcano">Phải bổ sung theo yêu cầu</Tag> : r.done ? <Tag color="green">Đã gửi phần số liệu</Tag> : <Tag color="blue">Đang nhập</Tag>) },
          { title: 'Nhắc hạn gần nhất', render: (_, r) => (r.lastRemindedAt ? formatDateTime(r.lastRemindedAt) : 'Chưa nhắc') },
          ...(mayRemind
            ? [{ title: '', render: (_: unknown, r: Party) => r.unitId !== null && (!r.done || r.awaited || r.evidenceMissing > 0) && <Button size="small" loading={remind.isPending && remind.variables === r.party} onClick={() => remind.mutate(r.party)} aria-label={`Nhắc ${r.name ?? 'đơn vị'}`}>Nhắc</Button> }]
            : []),
        ]}
      />
    </Card>
  );
}
