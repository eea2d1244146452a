import { App, Button, Checkbox, Input, List, Modal, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { MoveButtons } from '../../components/move-buttons';
import { may } from '../../lib/moves';
import { useSubmissionEvent, type Submission, type VerificationRow } from '../../lib/submissions';

interface Readiness {
  missingData: { code: string; name: string; variables: string[] }[];
  missingEvidence: { code: string; name: string; evidence: string }[];
}

/**
 * The moves this person may make on the submission, exactly as the API's `allowed` lists them
 * (the statechart and the access policy decide), each refused with the server's own words.
 * The dispute asks for indicators and an explanation first, so it has its own form.
 */
export function SubmissionActions({ submission, verification }: { submission: Submission; verification: VerificationRow[] }) {
  const { message } = App.useApp();
  const event = useSubmissionEvent(submission.id);
  const client = useQueryClient();
  const [disputeOpen, setDisputeOpen] = useState(false);
  const readiness = useQuery({
    queryKey: ['submission', submission.id, 'readiness'],
    enabled: may(submission.allowed, 'SUBMIT'),
    queryFn: async () => as<Readiness>(await unwrap(api.GET('/api/submissions/{id}/readiness', { params: { path: { id: submission.id } } }))),
  });
  const missing = readiness.data ? [...readiness.data.missingEvidence.map((m) => `${m.code} ${m.name}: thiếu tài liệu kiểm chứng (${m.evidence}) — chặn việc nộp`), ...readiness.data.missingData.map((m) => `${m.code} ${m.name}: chưa nhập ${m.variables.join(', ')} (sẽ tính 0 điểm)`)] : [];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {missing.length > 0 && (
        <List size="small" bordered header={<strong>Còn thiếu trước khi nộp</strong>} dataSource={missing.slice(0, 12)} renderItem={(line) => <List.Item>{line}</List.Item>} />
      )}
      <Space wrap>
        <MoveButtons
          allowed={submission.allowed}
          send={(type, reason) => event.mutateAsync({ type, reason })}
          skip={['DISPUTE']}
          primary={['SUBMIT', 'RESUBMIT', 'ACCEPT', 'AGENCY_PART_COMPLETE', 'AGENCY_RESUBMIT']}
          hints={{ WITHDRAW: 'Đưa hồ sơ về trạng thái nhập liệu để sửa; được làm trước hạn nhập liệu, khi chưa bắt đầu thẩm định' }}
        />
        {may(submission.allowed, 'DISPUTE') && <Button danger onClick={() => setDisputeOpen(true)} data-move="DISPUTE">Giải trình, kiến nghị</Button>}
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
