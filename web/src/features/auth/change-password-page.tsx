import { App, Button, Card, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/error-alert';
import { api, as, unwrap } from '../../lib/api';
import { session, type SessionTokens } from '../../lib/session';

export default function ChangePasswordPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const change = useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) => as<SessionTokens>(await unwrap(api.POST('/api/auth/password', { body }))),
    onSuccess: (tokens) => {
      // The other sessions ended with the old password; this one goes on as a new session.
      session.renew(tokens);
      form.resetFields();
      message.success('Đã đổi mật khẩu');
    },
  });
  return (
    <Card title="Đổi mật khẩu" style={{ maxWidth: 480 }}>
      <ErrorAlert error={change.error} />
      <Form form={form} layout="vertical" onFinish={({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword })}>
        <Form.Item label="Mật khẩu hiện tại" name="currentPassword" rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label="Mật khẩu mới" name="newPassword" rules={[{ required: true, min: 10, message: 'Mật khẩu mới phải có ít nhất 10 ký tự' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirm"
          dependencies={['newPassword']}
          rules={[{ required: true, message: 'Vui lòng nhập lại mật khẩu mới' }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('Hai mật khẩu mới không khớp'))) })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>Đổi mật khẩu</Button>
      </Form>
    </Card>
  );
}
