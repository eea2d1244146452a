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
  // Direction marks and invisible formatting make "hoso\u202Efdp.exe" read as "hosoexe.pdf".
  if (/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(name)) return null;
  return name;
}

/** The endings a name may have for each accepted content (an MSI installer is a CFB file too). */
const NAME_ENDINGS: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'application/zip': ['zip'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/x-cfb': ['doc', 'xls', 'ppt'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
};

/** Does the name end the way its content is? `setup.msi` holding a CFB file does not. */
export function nameFitsContent(name: string, mimeType: string): boolean {
  const ending = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  return !!ending && (NAME_ENDINGS[mimeType] ?? []).includes(ending);
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
