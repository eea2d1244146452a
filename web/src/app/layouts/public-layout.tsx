import { Button, Layout } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSessionUser } from '../../lib/use-session';

/** What anyone sees: the published results and the way in. */
export function PublicLayout() {
  const user = useSessionUser();
  const navigate = useNavigate();
  const onLoginPage = useLocation().pathname === '/dang-nhap';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 16 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600 }}>Chỉ số chuyển đổi số tỉnh Đồng Nai</Link>
        {!onLoginPage && (
          <Button ghost onClick={() => navigate(user ? '/app' : '/dang-nhap')}>{user ? 'Vào hệ thống' : 'Đăng nhập'}</Button>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>Quyết định số 3473/QĐ-UBND ngày 29/12/2023 của UBND tỉnh Đồng Nai</Layout.Footer>
    </Layout>
  );
}
