import { Card, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, as, unwrap } from '../../lib/api';
import { EVENT_LABELS, formatDateTime } from '../../lib/format';
import { ROLE_LABELS, type Role } from '../../lib/session';

interface Entry {
  id: number;
  at: string;
  action: string;
  actorRole: Role | null;
  reason: string | null;
  after: { indicator?: string } | null;
}

/** What the statechart moves do not name themselves. */
const ACTIONS: Record<string, string> = {
  'SUBMISSION.VALUES_ENTERED': 'Nhập số liệu',
  'SUBMISSION.EVIDENCE_UPLOADED': 'Tải lên tài liệu kiểm chứng',
  'SUBMISSION.EVIDENCE_LINKED': 'Thêm đường dẫn tài liệu kiểm chứng',
  'SUBMISSION.EVIDENCE_DELETED': 'Xóa tài liệu kiểm chứng',
  'SUBMISSION.SCORE_VERIFIED': 'Ghi điểm thẩm định',
  'SUBMISSION.UNCHANGED_ACCEPTED': 'Chấp nhận các chỉ số chưa xem xét',
  'SUBMISSION.DISPUTE_MESSAGE': 'Trao đổi về kiến nghị',
  'SUBMISSION.DEADLINE_EXTENDED': 'Gia hạn',
  'SUBMISSION.REVIEWER_DESIGNATED': 'Chỉ định người thẩm định',
};

const label = (action: string) => ACTIONS[action] ?? EVENT_LABELS[action.replace('SUBMISSION.', '')] ?? action;

/** Every step of the report, who and when (the audit log, as the person may see it). */
export function SubmissionHistory({ submissionId }: { submissionId: number }) {
  const history = useQuery({
    queryKey: ['submission', submissionId, 'history'],
    queryFn: async () => as<Entry[]>(await unwrap(api.GET('/api/submissions/{id}/history', { params: { path: { id: submissionId } } }))),
  });
  const entries = [...(history.data ?? [])].reverse().slice(0, 50);
  return (
    <Card title="Lịch sử hồ sơ" size="small">
      <Timeline
        items={entries.map((e) => ({
          children: (
            <>
              <Typography.Text strong>{label(e.action)}</Typography.Text>
              {e.after?.indicator && <Typography.Text> — chỉ số {e.after.indicator}</Typography.Text>}
              <br />
              <Typography.Text type="secondary">{formatDateTime(e.at)} · {e.actorRole ? ROLE_LABELS[e.actorRole] : 'Hệ thống'}{e.reason ? ` · ${e.reason}` : ''}</Typography.Text>
            </>
          ),
        }))}
      />
    </Card>
  );
}
