import { Alert } from 'antd';
import { ApiError } from '../lib/api';

/** The server's own Vietnamese message for a refusal; a plain one for anything else. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.body.message;
  return 'Không kết nối được với máy chủ. Vui lòng thử lại.';
}

/**
 * What the server listed as wrong, one line each: the fields a validation names
 * ({ field, problems }) or the framework loader's messages (plain strings).
 */
export function errorDetails(error: unknown): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.body.details)) return [];
  return error.body.details.map((d: unknown) => {
    if (typeof d === 'string') return d;
    const { field, problems } = (d ?? {}) as { field?: string; problems?: string[] };
    return field ? `${field}: ${(problems ?? []).join('; ')}` : JSON.stringify(d);
  });
}

export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const details = errorDetails(error);
  return (
    <Alert
      type="error"
      showIcon
      message={errorMessage(error)}
      description={details.length ? <ul style={{ margin: 0, paddingLeft: 18 }}>{details.slice(0, 50).map((d, i) => <li key={i}>{d}</li>)}</ul> : undefined}
      style={{ marginBottom: 16 }}
      role="alert"
    />
  );
}
