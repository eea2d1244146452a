import { useQuery } from '@tanstack/react-query';
import type { UploadProps } from 'antd';
import { api, as, freshToken, unwrap } from './api';
import { session } from './session';

export interface Evidence {
  id: number;
  indicatorCode: string;
  originalName: string;
  mimeType: string;
  size: number;
  url: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  issuer: string | null;
  /** Where in the document the item is shown (seed 004: "chú thích rõ mục nào trong tài liệu"). */
  location: string | null;
  uploadedById: number;
  uploadedAt: string;
}

export const useEvidence = (submissionId: number) =>
  useQuery({
    queryKey: ['submission', submissionId, 'evidence'],
    queryFn: async () => as<Evidence[]>(await unwrap(api.GET('/api/submissions/{id}/evidence', { params: { path: { id: submissionId } } }))),
  });

/**
 * Opens a stored document in a new tab (PDF and images inline, others downloaded): fetched with
 * the session's token, since a plain link cannot carry it.
 */
export async function openEvidence(submissionId: number, evidence: Evidence): Promise<void> {
  if (evidence.url) {
    window.open(evidence.url, '_blank', 'noopener');
    return;
  }
  const tab = window.open('', '_blank');
  const res = await fetch(`/api/submissions/${submissionId}/evidence/${evidence.id}/download?inline=true`, { headers: { Authorization: `Bearer ${await freshToken()}` } });
  if (!res.ok) {
    tab?.close();
    throw new Error((await res.json().catch(() => ({}))).message ?? `Lỗi ${res.status}`);
  }
  const url = URL.createObjectURL(await res.blob());
  if (tab) tab.location.href = url;
}

type UploadRequest = Parameters<NonNullable<UploadProps['customRequest']>>[0];

/**
 * Antd's upload with the session's current token (renewed first if it is running out) and its
 * progress; the server's error body reaches the file's `response`, so its message can be shown.
 */
export function uploadWithSession({ action, file, data, filename, onProgress, onSuccess, onError }: UploadRequest) {
  const xhr = new XMLHttpRequest();
  void freshToken().then((token) => {
    const form = new FormData();
    Object.entries(data ?? {}).forEach(([key, value]) => form.append(key, String(value)));
    form.append(filename ?? 'file', file);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.({ percent: (e.loaded / e.total) * 100 });
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText);
        } catch {
          return {};
        }
      })();
      if (xhr.status >= 200 && xhr.status < 300) return onSuccess?.(body);
      if (xhr.status === 401) session.expire();
      onError?.(Object.assign(new Error(body.message ?? `Lỗi ${xhr.status}`), { status: xhr.status }), body);
    };
    xhr.onerror = () => onError?.(new Error('Mất kết nối tới máy chủ'));
    xhr.open('POST', action);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.send(form);
  });
  return { abort: () => xhr.abort() };
}

/** "số 45/KH-UBND, ngày 15/03/2024, UBND tỉnh — Mục II.3, trang 5": what the uploader said about the document. */
export const describeDocument = (e: Pick<Evidence, 'documentNumber' | 'documentDate' | 'issuer' | 'location'>, date: (iso: string) => string): string => {
  const doc = [e.documentNumber && `số ${e.documentNumber}`, e.documentDate && `ngày ${date(e.documentDate)}`, e.issuer].filter(Boolean).join(', ');
  return [doc, e.location && `vị trí: ${e.location}`].filter(Boolean).join(' — ');
};
