import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../components/error-alert';
import { api, unwrap } from '../../lib/api';
import { HOME, session, type SessionTokens, type SessionUser } from '../../lib/session';

export default function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const expired = sessionStorage.getItem('dti.expired') === '1';

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const res = await unwrap(api.POST('/api/auth/login', { body: values }));
      const { user, ...tokens } = res as unknown as SessionTokens & { user: SessionUser };
      sessionStorage.removeItem('dti.expired');
      session.start(tokens, user);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from ?? HOME[user.role], { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card style={{ maxWidth: 420, margin: '8vh auto' }} title={<Typography.Title level={3} style={{ margin: 0 }}>Đăng nhập hệ thống</Typography.Title>}>
      {expired && <Alert type="warning" showIcon message="Phiên làm việc đã hết hạn, vui lòng đăng nhập lại." style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, message: 'Vui lòng nhập tên đăng nhập' }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Vui lòng nhập mật khẩu' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>Đăng nhập</Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/">Xem kết quả chỉ số chuyển đổi số đã công bố</Link>
      </Typography.Paragraph>
    </Card>
  );
}
