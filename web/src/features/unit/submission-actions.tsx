import { App, Button, Checkbox, Input, List, Modal, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import type { Role } from '../../lib/session';
import { useSubmissionEvent, type Submission, type VerificationRow } from '../../lib/submissions';

interface Readiness {
  missingData: { code: string; name: string; variables: string[] }[];
  missingEvidence: { code: string; name: string; evidence: string }[];
}

/** The moves the unit's people make on their submission, each refused with the server's own words. */
export function SubmissionActions({ submission, role, verification }: { submission: Submission; role: Role; verification: VerificationRow[] }) {
  const { message } = App.useApp();
  const event = useSubmissionEvent(submission.id);
  const client = useQueryClient();
  const [disputeOpen, setDisputeOpen] = useState(false);
  const readiness = useQuery({
    queryKey: ['submission', submission.id, 'readiness'],
    enabled: submission.status === 'draft',
    queryFn: async () => as<Readiness>(await unwrap(api.GET('/api/submissions/{id}/readiness', { params: { path: { id: submission.id } } }))),
  });
  const move = (type: string, done: string) =>
    event.mutate({ type }, { onSuccess: () => message.success(done), onError: (e) => message.error(errorMessage(e)) });
  const unitPart = (submission.state.value as { draft?: { unitPart?: string } }).draft?.unitPart;
  const isHead = role === 'UNIT_HEAD';
  const isUnit = role === 'UNIT_HEAD' || role === 'UNIT_OFFICER';

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {submission.status === 'draft' && readiness.data && (readiness.data.missingData.length > 0 || readiness.data.missingEvidence.length > 0) && (
        <List
          size="small"
          bordered
          header={<strong>Còn thiếu trước khi nộp</strong>}
          dataSource={[
            ...readiness.data.missingEvidence.map((m) => `${m.code} ${m.name}: thiếu tài liệu kiểm chứng (${m.evidence}) — chặn việc nộp`),
            ...readiness.data.missingData.map((m) => `${m.code} ${m.name}: chưa nhập ${m.variables.join(', ')} (sẽ tính 0 điểm)`),
          ].slice(0, 12)}
          renderItem={(line) => <List.Item>{line}</List.Item>}
        />
      )}
      <Space wrap>
        {isUnit && submission.status === 'draft' && unitPart === 'editing' && (
          <Button onClick={() => move('UNIT_PART_COMPLETE', 'Đã xác nhận hoàn thành phần của đơn vị')} loading={event.isPending}>Xác nhận hoàn thành phần của đơn vị</Button>
        )}
        {isUnit && submission.status === 'draft' && unitPart === 'complete' && (
          <Button onClick={() => move('UNIT_PART_INCOMPLETE', 'Đã mở lại phần của đơn vị')} loading={event.isPending}>Mở lại để sửa</Button>
        )}
        {isUnit && submission.status === 'draft' && (
          <Button type="primary" onClick={() => move('SUBMIT', 'Đã nộp hồ sơ tự đánh giá')} loading={event.isPending}>Nộp hồ sơ tự đánh giá</Button>
        )}
        {isUnit && submission.status === 'returned' && (
          <Button type="primary" onClick={() => move('RESUBMIT', 'Đã nộp lại hồ sơ')} loading={event.isPending}>Nộp lại hồ sơ</Button>
        )}
        {isHead && submission.status === 'verified' && (
          <>
            <Button type="primary" onClick={() => move('ACCEPT', 'Đã chấp nhận kết quả thẩm định')} loading={event.isPending}>Chấp nhận kết quả thẩm định</Button>
            <Button danger onClick={() => setDisputeOpen(true)}>Giải trình, kiến nghị</Button>
          </>
        )}
      </Space>
      <DisputeModal
        open={disputeOpen}
        submissionId={submission.id}
        rows={verification.filter((v) => v.verified)}
        onClose={() => setDisputeOpen(false)}
        onDone={() => {
          setDisputeOpen(false);
          message.success('Đã gửi giải trình, kiến nghị');
          client.invalidateQueries({ queryKey: ['submission', submission.id] });
        }}
      />
    </Space>
  );
}

function DisputeModal({ open, submissionId, rows, onClose, onDone }: { open: boolean; submissionId: number; rows: VerificationRow[]; onClose: () => void; onDone: () => void }) {
  const [codes, setCodes] = useState<string[]>([]);
  const [explanation, setExplanation] = useState('');
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/submissions/{id}/disputes', { params: { path: { id: submissionId } }, body: { indicators: codes, explanation } as never })),
    onSuccess: onDone,
  });
  const changed = rows.filter((r) => r.verified && r.verified.verifiedPoints !== r.self.points);
  return (
    <Modal open={open} title="Giải trình, kiến nghị về kết quả thẩm định" onCancel={onClose} onOk={() => send.mutate()} okText="Gửi kiến nghị" cancelText="Hủy" confirmLoading={send.isPending}>
      <Typography.Paragraph>Chọn các chỉ số kiến nghị (các chỉ số có điểm thẩm định khác điểm tự đánh giá được liệt kê trước):</Typography.Paragraph>
      <Checkbox.Group
        value={codes}
        onChange={(v) => setCodes(v as string[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 4, maxHeight: 240, overflowY: 'auto' }}
        options={[...changed, ...rows.filter((r) => !changed.includes(r))].map((r) => ({ value: r.code, label: `${r.code}: tự đánh giá ${r.self.points ?? 0}, thẩm định ${r.verified?.verifiedPoints ?? 0}` }))}
      />
      <Input.TextArea aria-label="Nội dung giải trình" placeholder="Nội dung giải trình, căn cứ kèm theo" rows={4} value={explanation} onChange={(e) => setExplanation(e.target.value)} style={{ marginTop: 12 }} />
      {send.error && <Typography.Text type="danger" role="alert">{errorMessage(send.error)}</Typography.Text>}
    </Modal>
  );
}
