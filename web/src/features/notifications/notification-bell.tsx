import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useNotifications } from './notifications-api';

export function NotificationBell() {
  const navigate = useNavigate();
  const { data } = useNotifications();
  return (
    <Badge count={data?.unread ?? 0} size="small" offset={[-4, 4]}>
      <Button type="text" icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />} aria-label={`Thông báo (${data?.unread ?? 0} chưa đọc)`} onClick={() => navigate('/app/thong-bao')} />
    </Badge>
  );
}
