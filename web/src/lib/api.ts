import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-schema';
import { session, type SessionTokens } from './session';

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

/** Renew a minute before the access token runs out, so a request never leaves with a dying one. */
const RENEW_MARGIN_MS = 60_000;
let renewing: Promise<string | null> | null = null;

/**
 * The access token to send: renewed first when it is about to run out. One renewal at a time:
 * a refresh token works once, and a second use of it would end the session.
 */
export function freshToken(): Promise<string | null> {
  const renewal = session.renewal(RENEW_MARGIN_MS);
  if (!renewal?.due) return Promise.resolve(session.token());
  renewing ??= renew(renewal.refreshToken).finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renew(refreshToken: string): Promise<string | null> {
  const res = await fetch('/api/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken }) }).catch(() => null);
  if (res === null) return session.token(); // offline: let the request try and fail on its own
  if (!res.ok) {
    session.expire();
    return null;
  }
  const tokens = (await res.json()) as SessionTokens;
  session.renew(tokens);
  siblings?.postMessage(tokens);
  return tokens.accessToken;
}

/**
 * A duplicated tab starts with a copy of this tab's session. Whichever renews first tells the
 * others holding the same session, so none presents a used refresh token (which would end it).
 */
const sessionOf = (refreshToken: string) => refreshToken.split('.')[0];
const siblings = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('dti.session');
siblings?.addEventListener('message', ({ data }: MessageEvent<SessionTokens>) => {
  const mine = session.renewal(0)?.refreshToken;
  if (mine && typeof data?.refreshToken === 'string' && sessionOf(mine) === sessionOf(data.refreshToken)) session.renew(data);
});

const SIGN_IN_ROUTES = ['/api/auth/login', '/api/auth/refresh'];

const auth: Middleware = {
  async onRequest({ request }) {
    if (SIGN_IN_ROUTES.includes(new URL(request.url).pathname)) return request;
    const token = await freshToken();
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
