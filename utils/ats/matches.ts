/** Whether a URL is covered by manifest match patterns of the shape `https://host/*` or `https://*.domain/*`. */
export function isMatchedUrl(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const [, scheme, host] = /^(\w+):\/\/([^/]+)\//.exec(pattern) ?? [];
    if (!scheme || !host || url.protocol !== `${scheme}:`) return false;
    if (host.startsWith('*.')) return url.hostname.endsWith(host.slice(1)) || url.hostname === host.slice(2);
    return url.hostname === host;
  });
}
