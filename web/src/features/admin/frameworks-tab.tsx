import { Alert, Button, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { formatDateTime, UNIT_KIND_LABELS } from '../../lib/format';
import { useAdminAction, useFrameworks, type FrameworkSummary } from './admin-api';
import { SuppliersModal } from './suppliers-modal';

const OUTCOMES: Record<string, string> = {
  CREATED: 'Đã nạp phiên bản mới',
  UPDATED: 'Đã thay nội dung phiên bản (chưa kỳ đánh giá nào dùng)',
  UNCHANGED: 'Nội dung trùng với phiên bản đã có: không thay đổi gì',
};

/**
 * Framework versions and their import: the file is checked by the server's loader, which names
 * every indicator at fault at once; a version a cycle uses is frozen and can only be superseded.
 */
export function FrameworksTab() {
  const frameworks = useFrameworks();
  const act = useAdminAction([['frameworks']]);
  const [problem, setProblem] = useState<unknown>(null);
  const [notReadable, setNotReadable] = useState<string | null>(null);
  const [suppliersOf, setSuppliersOf] = useState<FrameworkSummary | null>(null);
  const latest = (f: FrameworkSummary) => !(frameworks.data ?? []).some((o) => o.code === f.code && o.version > f.version);

  const importFile = async (file: File) => {
    setProblem(null);
    setNotReadable(null);
    let framework: unknown;
    try {
      framework = JSON.parse(await file.text());
    } catch {
      setNotReadable(`Tệp ${file.name} không phải JSON hợp lệ`);
      return;
    }
    act.mutate(
      {
        run: async () => as<{ outcome: string; framework: FrameworkSummary }>(await unwrap(api.POST('/api/frameworks/import', { body: { framework } as never }))),
        done: (r: { outcome: string; framework: FrameworkSummary }) => `${file.name}: ${OUTCOMES[r.outcome] ?? r.outcome} — ${r.framework.code} phiên bản ${r.framework.version}`,
      },
      { onError: setProblem },
    );
  };

  return (
    <>
      <ErrorAlert error={frameworks.error} />
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
        <Upload accept=".json,application/json" showUploadList={false} maxCount={1} beforeUpload={(file) => { void importFile(file); return false; }}>
          <Button type="primary" loading={act.isPending}>Nạp bộ chỉ số từ tệp JSON</Button>
        </Upload>
        {notReadable && <Alert type="error" showIcon message={notReadable} role="alert" />}
        <ErrorAlert error={problem} />
        {act.data && !problem && <Alert type="success" showIcon message={act.data} />}
      </Space>
      <Table<FrameworkSummary>
        rowKey="id"
        size="small"
        loading={frameworks.isLoading}
        dataSource={frameworks.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Mã', dataIndex: 'code' },
          { title: 'Phiên bản', dataIndex: 'version' },
          { title: 'Tên', dataIndex: 'name' },
          { title: 'Khối', dataIndex: 'unitKind', render: (k: string) => UNIT_KIND_LABELS[k] ?? k },
          { title: 'Điểm tối đa', dataIndex: 'maxPoints' },
          { title: 'Trạng thái', dataIndex: 'isFrozen', render: (f: boolean) => (f ? <Tag color="blue">Đã dùng, không sửa được</Tag> : <Tag>Chưa dùng</Tag>) },
          { title: 'Nạp lúc', dataIndex: 'importedAt', render: formatDateTime },
          // Changes are made on the latest version only (the API refuses older ones): the list comes newest first per code.
          { title: '', render: (_, f) => latest(f) && <Button size="small" onClick={() => setSuppliersOf(f)}>Cơ quan đầu mối</Button> },
        ]}
      />
      <SuppliersModal framework={suppliersOf} onClose={() => setSuppliersOf(null)} />
    </>
  );
}
