import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { download } from '../lib/download';

/** The report in the seed's own table (Phụ lục I–II: STT, chỉ số, điểm tối đa, cách tính, tài liệu kiểm chứng …) with its scores. */
export function ReportDownload({ submissionId }: { submissionId: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await download(`/api/submissions/${submissionId}/report.xlsx`, `ho-so-${submissionId}.xlsx`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={run}>
      Tải bảng chỉ số của hồ sơ (Excel)
    </Button>
  );
}
