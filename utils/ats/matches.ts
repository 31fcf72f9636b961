/**
 * Hosts where the content script runs by itself. Every other site is filled on demand
 * through activeTab + scripting, so no broad host permission is ever requested.
 */
export const ATS_MATCHES = [
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*',
];

/** Whether a URL is one the manifest's content-script matches cover (patterns of the shape above). */
export function isMatchedUrl(url: URL, patterns: readonly string[] = ATS_MATCHES): boolean {
  return patterns.some((pattern) => {
    const [, scheme, host] = /^(\w+):\/\/([^/]+)\//.exec(pattern) ?? [];
    if (!scheme || !host || url.protocol !== `${scheme}:`) return false;
    if (host.startsWith('*.')) return url.hostname.endsWith(host.slice(1)) || url.hostname === host.slice(2);
    return url.hostname === host;
  });
}
