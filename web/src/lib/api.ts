import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-schema';
import { session } from './session';

/** The API's error shape (src/errors/all-exceptions.filter.ts): its Vietnamese message is what people read. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  messageEn: string;
  details?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    // An expired or revoked session: back to the sign-in page, keeping where the person was.
    if (response.status === 401 && session.token()) session.expire();
    return response;
  },
};

/** Typed from the app's own OpenAPI document (npm run web:api): a changed route breaks the web build. */
export const api = createClient<paths>({ baseUrl: '/' });
api.use(auth);

/** The data of an openapi-fetch answer, or an ApiError carrying the server's Vietnamese message. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = (error ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(response.status, {
      statusCode: response.status,
      code: body.code ?? 'HTTP',
      message: body.message ?? `Lỗi máy chủ (${response.status})`,
      messageEn: body.messageEn ?? '',
      details: body.details,
    });
  }
  return data as T;
}

/** For the answers the OpenAPI document does not type yet: the JSON as the caller describes it. */
export const as = <T>(data: unknown): T => data as T;

/** Ends the session here and on the server, where every token of this person stops working. */
export async function signOut(): Promise<void> {
  await api.POST('/api/auth/logout').catch(() => undefined);
  session.end();
}
