/** What may be uploaded as evidence, by detected content type → stored extension. */
export const ALLOWED_EVIDENCE_TYPES = new Map<string, string>([
  ['application/pdf', 'pdf'],
  ['image/jpeg', 'jpg'],
  ['image/png', 'png'],
  ['application/zip', 'zip'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/x-cfb', 'doc'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
]);

/**
 * The uploader's file name as it will be shown and offered for download, or null when it must
 * be refused: a path (`../x`, `C:\\x`, `a/b`), a control character, or nothing left to show.
 */
export function acceptableFileName(raw: string | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const name = raw.normalize('NFC').trim();
  if (!name || name.length > 255 || name === '.' || name === '..') return null;
  if (/[/\\]/.test(name) || /[\u0000-\u001f\u007f]/.test(name)) return null;
  return name;
}

/** RFC 6266 header keeping Vietnamese names intact, with an ASCII fallback for old clients. */
export function attachmentHeader(name: string): string {
  const fallback = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Types a browser shows by itself: previewed inline on request, everything else downloads. */
export const PREVIEWABLE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export function contentDisposition(name: string, mimeType: string, inline: boolean): string {
  const header = attachmentHeader(name);
  return inline && PREVIEWABLE_TYPES.has(mimeType) ? header.replace(/^attachment/, 'inline') : header;
}
