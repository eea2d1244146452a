import { useQuery } from '@tanstack/react-query';
import { api, as, unwrap } from './api';
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
  const res = await fetch(`/api/submissions/${submissionId}/evidence/${evidence.id}/download?inline=true`, { headers: { Authorization: `Bearer ${session.token()}` } });
  if (!res.ok) {
    tab?.close();
    throw new Error((await res.json().catch(() => ({}))).message ?? `Lỗi ${res.status}`);
  }
  const url = URL.createObjectURL(await res.blob());
  if (tab) tab.location.href = url;
}
