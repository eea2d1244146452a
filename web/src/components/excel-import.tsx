import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { download } from '../lib/download';
import { freshToken } from '../lib/api';

interface Problem {
  row: number;
  column: string;
  reason: string;
}

interface Outcome {
  dryRun: boolean;
  rows: number;
  applied: number;
  problems: Problem[];
  refused?: string;
}

/**
 * One's own part as a spreadsheet: the template, a dry run that reports every bad row and cell,
 * then the import — all rows or none (the server decides; this only shows what it says).
 */
export function ExcelImport({ cycleId, cycleCode, onImported }: { cycleId: number; cycleCode: string; onImported: () => void }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    try {
      const form = new FormData();
      form.append('file', file);
      const res = await fetch(`/api/cycles/${cycleId}/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', headers: { Authorization: `Bearer ${await freshToken()}` }, body: form });
      const body = await res.json().catch(() => ({}));
      if (res.ok) {
        setOutcome(body as Outcome);
        if (!dryRun) {
          message.success(`Đã nhập ${body.applied} giá trị`);
          onImported();
        }
      } else {
        setOutcome({ dryRun, rows: body.details?.rows ?? 0, applied: 0, problems: body.details?.problems ?? [], refused: body.message ?? `Lỗi ${res.status}` });
      }
    } catch {
      message.error('Không kết nối được với máy chủ. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="Nhập số liệu bằng tệp Excel" size="small">
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => download(`/api/cycles/${cycleId}/import-template.xlsx`, `mau-nhap-lieu-${cycleCode}.xlsx`).catch((e) => message.error(e.message))}>Tải mẫu Excel</Button>
        <Upload accept=".xlsx" maxCount={1} beforeUpload={(f) => { setFile(f); setOutcome(null); return false; }} onRemove={() => { setFile(null); setOutcome(null); }}>
          <Button icon={<UploadOutlined />}>Chọn tệp đã điền</Button>
        </Upload>
        <Button disabled={!file} loading={busy} onClick={() => send(true)}>Kiểm tra thử</Button>
        <Button type="primary" disabled={!file || !outcome || outcome.problems.length > 0} loading={busy} onClick={() => send(false)}>Nhập dữ liệu</Button>
      </Space>
      {outcome && (
        <div style={{ marginTop: 12 }}>
          {outcome.refused && <Alert type="error" showIcon message={outcome.refused} style={{ marginBottom: 8 }} role="alert" />}
          {!outcome.refused && outcome.problems.length === 0 && (
            <Alert type="success" showIcon message={outcome.dryRun ? `Tệp hợp lệ: ${outcome.rows} dòng có thể nhập` : `Đã nhập ${outcome.applied} giá trị`} />
          )}
          {outcome.problems.length > 0 && (
            <Table<Problem>
              size="small"
              rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
              dataSource={outcome.problems}
              pagination={{ pageSize: 10 }}
              columns={[
                { title: 'Dòng', dataIndex: 'row', width: 70 },
                { title: 'Cột', dataIndex: 'column', width: 140 },
                { title: 'Lỗi', dataIndex: 'reason' },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
