/** The host name of an absolute URL ("www.example.com"), or null when the URL has none or does not parse. */
export function hostnameOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
