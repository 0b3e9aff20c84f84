/**
 * The strings the newsletter island needs, picked on the server and passed as a prop, so the
 * browser gets these few dozen words instead of both languages' whole dictionaries.
 */
import { LANGS, type Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import { PROBLEM_CODES } from './form.ts';
import type { ProblemText } from './reply.ts';

/** Everything the form says, already typeset for its language. */
export interface NewsletterText extends ProblemText {
  email: string;
  emailHint: string;
  language: string;
  /** Each language's own name (Français, English), whatever the page's language. */
  languages: Record<Lang, string>;
  consent: string;
  consentPrivacy: string;
  submit: string;
  sending: string;
  successTitle: string;
  success: string;
  trap: string;
}

/** The form's strings in one language. */
export function newsletterText(lang: Lang): NewsletterText {
  const t = ui(lang);
  return {
    email: t('newsletter.email'),
    emailHint: t('newsletter.emailHint'),
    language: t('newsletter.language'),
    languages: Object.fromEntries(LANGS.map((l) => [l, ui(l)('lang.name')])) as Record<
      Lang,
      string
    >,
    consent: t('newsletter.consent'),
    consentPrivacy: t('newsletter.consentPrivacy'),
    submit: t('newsletter.submit'),
    sending: t('newsletter.sending'),
    successTitle: t('newsletter.successTitle'),
    success: t('newsletter.success'),
    failed: t('newsletter.failed'),
    trap: t('newsletter.trap'),
    problems: Object.fromEntries(
      PROBLEM_CODES.map((code) => [code, t(`newsletter.problem.${code}`)]),
    ) as ProblemText['problems'],
  };
}
