import { Button, Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Role } from '../../lib/session';
import { useSessionUser } from '../../lib/use-session';
import { ErrorAlert } from '../../components/error-alert';
import { formatDateTime } from '../../lib/format';
import { useMarkRead, useNotifications } from './notifications-api';

/** The server links to its resources (/submissions/12, /cycles/3); each role opens them on its own screen. */
function screenOf(link: string, role: Role): string {
  const submission = /^\/submissions\/(\d+)/.exec(link);
  if (submission) return role === 'REVIEWER' ? `/app/tham-dinh/${submission[1]}` : `/app/ho-so/${submission[1]}`;
  if (link.startsWith('/cycles/')) return role === 'UNIT_OFFICER' || role === 'UNIT_HEAD' ? '/app/don-vi' : '/app/phe-duyet';
  return '/app';
}

export default function NotificationsPage() {
  const user = useSessionUser()!;
  const notices = useNotifications();
  const mark = useMarkRead();
  return (
    <Card title="Thông báo" extra={<Button onClick={() => mark.mutate('all')} disabled={!notices.data?.unread}>Đánh dấu đã đọc tất cả</Button>}>
      <ErrorAlert error={notices.error ?? mark.error} />
      <List
        loading={notices.isLoading}
        dataSource={notices.data?.items ?? []}
        locale={{ emptyText: 'Không có thông báo' }}
        renderItem={(n) => (
          <List.Item actions={[<Link key="open" to={screenOf(n.link, user.role)} onClick={() => !n.readAt && mark.mutate(n.id)}>Mở</Link>, ...(n.readAt ? [] : [<Button key="read" size="small" onClick={() => mark.mutate(n.id)}>Đã đọc</Button>])]}>
            <List.Item.Meta
              title={<>{!n.readAt && <Tag color="red">Mới</Tag>}{n.title}</>}
              description={<><Typography.Paragraph style={{ marginBottom: 4 }}>{n.body}</Typography.Paragraph><Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text></>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
