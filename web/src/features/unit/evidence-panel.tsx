import { DeleteOutlined, LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Input, List, Popconfirm, Space, Typography, Upload, type UploadFile } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';
import { describeDocument, openEvidence, uploadWithSession, useEvidence, type Evidence } from '../../lib/evidence';
import { formatDate, formatDateTime } from '../../lib/format';
import { session } from '../../lib/session';

/**
 * The indicator's "Tài liệu kiểm chứng": files (checked by content on the server, with upload
 * progress) or links to where the document is published, each with its number, date and issuer;
 * its uploader may delete it while the indicator can still be changed.
 */
export function EvidencePanel({ submissionId, code, editable }: { submissionId: number; code: string; editable: boolean }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const all = useEvidence(submissionId);
  const mine = (all.data ?? []).filter((e) => e.indicatorCode === code);
  const [doc, setDoc] = useState<{ documentNumber?: string; documentDate?: string; issuer?: string; location?: string }>({});
  const [link, setLink] = useState({ url: '', title: '' });
  // Only files still on their way show in the upload list (with their progress); stored ones are in the list above.
  const [uploading, setUploading] = useState<UploadFile[]>([]);
  const refresh = () => client.invalidateQueries({ queryKey: ['submission', submissionId] });
  const fields = Object.fromEntries(Object.entries(doc).filter(([, v]) => v));
  const addLink = useMutation({
    mutationFn: () => unwrap(api.POST('/api/submissions/{id}/indicators/{code}/evidence-links', { params: { path: { id: submissionId, code } }, body: { ...fields, ...link } as never })),
    onSuccess: () => {
      setLink({ url: '', title: '' });
      message.success('Đã thêm đường dẫn tài liệu');
      refresh();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (evidenceId: number) => unwrap(api.DELETE('/api/submissions/{id}/evidence/{evidenceId}', { params: { path: { id: submissionId, evidenceId } } })),
    onSuccess: refresh,
    onError: (e) => message.error(errorMessage(e)),
  });
  const me = session.user()?.id;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>Tài liệu kiểm chứng đã nộp</Typography.Text>
      <List<Evidence>
        size="small"
        dataSource={mine}
        locale={{ emptyText: 'Chưa có tài liệu' }}
        renderItem={(e) => (
          <List.Item
            actions={editable && e.uploadedById === me ? [
              <Popconfirm key="del" title="Xóa tài liệu này?" okText="Xóa" cancelText="Không" onConfirm={() => remove.mutate(e.id)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ${e.originalName}`} />
              </Popconfirm>,
            ] : []}
          >
            <Button type="link" aria-label={`Mở ${e.originalName}`} icon={e.url ? <LinkOutlined /> : <PaperClipOutlined />} onClick={() => openEvidence(submissionId, e).catch((err) => message.error(err.message))}>
              {e.originalName}
            </Button>
            <Typography.Text type="secondary">
              {describeDocument(e, formatDate)} {formatDateTime(e.uploadedAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
      {editable && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Input aria-label="Số văn bản" placeholder="Số văn bản (vd. 45/KH-UBND)" value={doc.documentNumber} onChange={(e) => setDoc({ ...doc, documentNumber: e.target.value })} style={{ width: 200 }} />
            <DatePicker aria-label="Ngày ban hành" placeholder="Ngày ban hành" format="DD/MM/YYYY" onChange={(d) => setDoc({ ...doc, documentDate: d ? d.format('YYYY-MM-DD') : undefined })} />
            <Input aria-label="Cơ quan ban hành" placeholder="Cơ quan ban hành" value={doc.issuer} onChange={(e) => setDoc({ ...doc, issuer: e.target.value })} style={{ width: 240 }} />
            <Input aria-label="Vị trí trong tài liệu" placeholder="Mục, trang chứng minh (vd. Mục II.3, trang 5)" value={doc.location} onChange={(e) => setDoc({ ...doc, location: e.target.value })} style={{ width: 300 }} />
          </Space>
          <Space wrap>
            <Upload
              name="file"
              action={`/api/submissions/${submissionId}/indicators/${encodeURIComponent(code)}/evidence`}
              customRequest={uploadWithSession}
              data={fields}
              accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.zip"
              showUploadList={{ showRemoveIcon: false }}
              fileList={uploading}
              onChange={(info) => {
                setUploading(info.fileList.filter((f) => f.status === 'uploading'));
                if (info.file.status === 'done') {
                  message.success(`Đã tải lên ${info.file.name}`);
                  refresh();
                }
                if (info.file.status === 'error') message.error((info.file.response as { message?: string } | undefined)?.message ?? `Không tải lên được ${info.file.name}`);
              }}
            >
              <Button icon={<UploadOutlined />}>Tải tệp lên</Button>
            </Upload>
            <Input aria-label="Đường dẫn tài liệu" placeholder="https://… (văn bản trên cổng thông tin)" value={link.url} onChange={(e) => setLink({ ...link, url: e.target.value })} style={{ width: 280 }} />
            <Input aria-label="Tên tài liệu" placeholder="Tên tài liệu" value={link.title} onChange={(e) => setLink({ ...link, title: e.target.value })} style={{ width: 220 }} />
            <Button icon={<LinkOutlined />} onClick={() => addLink.mutate()} loading={addLink.isPending} disabled={!link.url}>Thêm đường dẫn</Button>
          </Space>
        </Space>
      )}
    </Space>
  );
}
