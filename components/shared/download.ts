/** Saves a file the way a link does, so no 'downloads' permission is needed. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked at once, a large file's download can fail before the browser has read it all.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "applyfill-profile-2026-11-27.json", in the user's own calendar day. */
export function exportFileName(now = new Date()): string {
  return datedFileName('applyfill-profile', 'json', now);
}

/** `<base>-2026-11-27.<extension>`, in the user's own calendar day. */
export function datedFileName(base: string, extension: string, now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${base}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
