/**
 * The newsletter's mails: the same blocks written as plain text and as HTML, the HTML rendered by
 * Preact's server renderer so every piece of text is escaped by construction.
 */
import { h, type VNode } from 'preact';
import { render } from 'preact-render-to-string';
import type { Lang } from '../../i18n/lang.ts';
import { typeset } from '../../text/typography.ts';

/** A mail ready for any transport: no user-supplied text ever goes into one. */
export interface Letter {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058), on every mail. */
  headers: Record<string, string>;
  /** Stable per queued row, so a mail sent again after a crash is recognised as the same one. */
  messageId: string;
}

/** The links and ids every letter needs. */
export interface Envelope {
  lang: Lang;
  to: string;
  site: URL;
  unsubscribeUrl: string;
  privacyUrl: string;
  messageId: string;
}

/** One paragraph or a call to action (a link shown as a button in HTML, bare in text). */
type Block = string | { action: string; url: string };

const COPY = {
  fr: {
    confirmSubject: 'Confirmez votre inscription au Lien',
    confirm: [
      'Bonjour,',
      'Vous (ou quelqu’un qui a saisi votre adresse) avez demandé à recevoir les nouveaux articles du Lien. Pour confirmer, ouvrez ce lien puis cliquez sur le bouton de la page :',
    ],
    confirmAction: 'Confirmer mon inscription',
    confirmAfter: [
      'Le lien est valable 48 heures. Si vous n’avez rien demandé, ignorez ce message : sans confirmation, nous ne vous écrirons plus et votre adresse sera effacée sous 30 jours.',
    ],
    welcomeSubject: 'Bienvenue dans la lettre du Lien',
    welcome: [
      'Bonjour,',
      'Votre inscription est confirmée. Vous recevrez chaque nouvel article du Lien, une ou deux fois par mois : de quoi relier ce qui se passe dans vos équipes à ce que vivent vos clients, chiffres sourcés à l’appui.',
      'Pour commencer, les articles déjà publiés vous attendent sur le site :',
    ],
    welcomeAction: 'Lire les articles',
    articleAction: 'Lire l’article',
    articleIntro: 'Nouvel article sur Le Lien :',
    footer: 'Vous recevez ce message parce que votre adresse a été inscrite à la lettre du Lien.',
    leave: 'Se désinscrire en un clic',
    privacy: 'Vos données et vos droits',
  },
  en: {
    confirmSubject: 'Confirm your subscription to Le Lien',
    confirm: [
      'Hello,',
      'You (or someone who typed your address) asked to receive Le Lien’s new articles. To confirm, open this link and press the button on the page:',
    ],
    confirmAction: 'Confirm my subscription',
    confirmAfter: [
      'The link works for 48 hours. If you did not ask for anything, just ignore this message: without confirmation we will not write again, and your address is erased within 30 days.',
    ],
    welcomeSubject: 'Welcome to Le Lien’s newsletter',
    welcome: [
      'Hello,',
      'Your subscription is confirmed. You will get each new article from Le Lien, once or twice a month: how what happens inside your teams shows up in what your customers live, with every figure sourced.',
      'To start, the articles already published are waiting for you on the site:',
    ],
    welcomeAction: 'Read the articles',
    articleAction: 'Read the article',
    articleIntro: 'New on Le Lien:',
    footer: 'You get this message because your address was signed up to Le Lien’s newsletter.',
    leave: 'Unsubscribe in one click',
    privacy: 'Your data and your rights',
  },
} as const;

/** The mail's styles: ours, fixed, so they go in as they are (no reader text is ever in them). */
const STYLE = `body{font:16px/1.5 Georgia,serif;color:#1d2433;max-width:36em;margin:0 auto;padding:1em}
a.action{display:inline-block;background:#1f4e79;color:#fff;padding:.6em 1.1em;border-radius:6px;text-decoration:none;font-family:system-ui,sans-serif}
footer{margin-top:2em;border-top:1px solid #ccd;padding-top:1em;font-size:13px;color:#556}`;

/** A letter's HTML document, every text and attribute escaped by the renderer. */
function htmlOf<P>(page: VNode<P>): string {
  return `<!doctype html>\n${render(page)}`;
}

/** Assembles text and HTML from the same blocks, with the footer every letter carries. */
function compose(envelope: Envelope, subject: string, blocks: Block[]): Letter {
  const copy = COPY[envelope.lang];
  const t = (text: string) => typeset(text, envelope.lang);
  const text = [
    ...blocks.map((b) => (typeof b === 'string' ? t(b) : `${t(b.action)} :\n${b.url}`)),
    '-- ',
    t(copy.footer),
    `${t(copy.leave)} : ${envelope.unsubscribeUrl}`,
    `${t(copy.privacy)} : ${envelope.privacyUrl}`,
  ]
    .join('\n\n')
    .replace(/ :\n/g, envelope.lang === 'fr' ? '\u00a0:\n' : ':\n')
    .replace(/ : (?=http)/g, envelope.lang === 'fr' ? '\u00a0: ' : ': ');
  const paragraph = (b: Block) =>
    typeof b === 'string'
      ? h('p', null, t(b))
      : h('p', null, h('a', { class: 'action', href: b.url }, t(b.action)));
  const html = htmlOf(
    h(
      'html',
      { lang: envelope.lang },
      h(
        'head',
        null,
        h('meta', { charset: 'utf-8' }),
        h('title', null, t(subject)),
        h('style', { dangerouslySetInnerHTML: { __html: STYLE } }),
      ),
      h(
        'body',
        null,
        ...blocks.map(paragraph),
        h(
          'footer',
          null,
          h('p', null, t(copy.footer)),
          h(
            'p',
            null,
            h('a', { href: envelope.unsubscribeUrl }, t(copy.leave)),
            ' · ',
            h('a', { href: envelope.privacyUrl }, t(copy.privacy)),
          ),
        ),
      ),
    ),
  );
  return {
    to: envelope.to,
    subject: t(subject),
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${envelope.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    messageId: envelope.messageId,
  };
}

/** The double opt-in mail: a link to the confirm page, valid 48 hours. */
export function confirmLetter(envelope: Envelope, confirmUrl: string): Letter {
  const copy = COPY[envelope.lang];
  return compose(envelope, copy.confirmSubject, [
    ...copy.confirm,
    { action: copy.confirmAction, url: confirmUrl },
    ...copy.confirmAfter,
  ]);
}

/** The welcome mail, sent once the subscription is confirmed. */
export function welcomeLetter(envelope: Envelope, articlesUrl: string): Letter {
  const copy = COPY[envelope.lang];
  return compose(envelope, copy.welcomeSubject, [
    ...copy.welcome,
    { action: copy.welcomeAction, url: articlesUrl },
  ]);
}

/** A published article: its title as the subject, its summary and its link. */
export function articleLetter(
  envelope: Envelope,
  article: { title: string; summary: string; url: string },
): Letter {
  const copy = COPY[envelope.lang];
  return compose(envelope, article.title, [
    copy.articleIntro,
    article.title,
    article.summary,
    { action: copy.articleAction, url: article.url },
  ]);
}
