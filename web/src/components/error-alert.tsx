import { Alert } from 'antd';
import { ApiError } from '../lib/api';

/** The server's own Vietnamese message for a refusal; a plain one for anything else. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.body.message;
  return 'Không kết nối được với máy chủ. Vui lòng thử lại.';
}

export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 16 }} role="alert" />;
}
