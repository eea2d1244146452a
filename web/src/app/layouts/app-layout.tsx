import { LogoutOutlined, KeyOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { signOut } from '../../lib/api';
import { ROLE_LABELS, type Role } from '../../lib/session';
import { useSessionUser } from '../../lib/use-session';

const MENUS: Record<Role, { path: string; label: string }[]> = {
  UNIT_OFFICER: [{ path: '/app/don-vi', label: 'Hồ sơ của đơn vị' }],
  UNIT_HEAD: [{ path: '/app/don-vi', label: 'Hồ sơ của đơn vị' }],
  SOURCE_AGENCY: [{ path: '/app/dau-moi', label: 'Số liệu cơ quan cung cấp' }],
  REVIEWER: [
    { path: '/app/tham-dinh', label: 'Hồ sơ chờ thẩm định' },
    { path: '/app/phe-duyet', label: 'Tổng hợp, xếp hạng' },
  ],
  CHAIR: [{ path: '/app/phe-duyet', label: 'Kết quả chờ phê duyệt' }],
  ADMIN: [
    { path: '/app/quan-tri', label: 'Quản trị' },
    { path: '/app/tham-dinh', label: 'Hồ sơ' },
    { path: '/app/phe-duyet', label: 'Kết quả' },
  ],
};

/** The signed-in frame: the role's menu, notifications, and the person's own menu. */
export function AppLayout() {
  const user = useSessionUser()!;
  const location = useLocation();
  const navigate = useNavigate();
  const items = [...MENUS[user.role], { path: '/', label: 'Kết quả công bố' }];
  const selected = items.filter((i) => location.pathname.startsWith(i.path) && i.path !== '/').map((i) => i.path);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, flexWrap: 'nowrap' }}>
        <Link to="/app" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>DTI Đồng Nai</Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={selected}
          style={{ flex: 1, minWidth: 0 }}
          items={items.map((i) => ({ key: i.path, label: <Link to={i.path}>{i.label}</Link> }))}
        />
        <NotificationBell />
        <Dropdown
          menu={{
            items: [
              { key: 'who', label: <Typography.Text type="secondary">{ROLE_LABELS[user.role]}</Typography.Text>, disabled: true },
              { key: 'password', icon: <KeyOutlined />, label: 'Đổi mật khẩu', onClick: () => navigate('/app/doi-mat-khau') },
              { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', onClick: () => signOut().finally(() => navigate('/dang-nhap')) },
            ],
          }}
        >
          <Button type="text" icon={<UserOutlined />} style={{ color: '#fff' }} aria-label="Tài khoản">
            <span className="hide-on-phone">{user.fullName}</span>
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1400, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
