import { freshToken } from './api';

/** Saves a file the API serves (Excel reports), fetched with the session's token. */
export async function download(path: string, fileName: string): Promise<void> {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${await freshToken()}` } });
  if (!res.ok) throw new Error((await res.json().catch(() => ({}))).message ?? `Lỗi ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
