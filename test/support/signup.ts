/** A signup form body, as the page's form sends it, with `extra` fields set or replaced. */
export function signupBody(email: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    email,
    consent: 'yes',
    lang: 'fr',
    source: '/',
    website: '',
    ...extra,
  }).toString();
}
