import nodemailer from 'nodemailer';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import {
  articleLetter,
  confirmLetter,
  welcomeLetter,
  type Envelope,
} from '../../../src/server/newsletter/letters.ts';

const envelope = (lang: 'fr' | 'en'): Envelope => ({
  lang,
  to: 'ana@example.org',
  site: new URL('https://lelien.example/'),
  unsubscribeUrl: 'https://lelien.example/newsletter/desinscription/?t=1.abc',
  privacyUrl: 'https://lelien.example/confidentialite/',
  messageId: '<lelien.confirm.1.x@lelien.example>',
});

/** The letter as it leaves for SMTP: the raw RFC 5322 message. */
async function raw(letter: ReturnType<typeof confirmLetter>): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const info = await transport.sendMail({ from: 'Le Lien <lettre@lelien.example>', ...letter });
  // Long headers are folded on the wire; unfold them to read them.
  return (info.message as Buffer).toString('utf8').replace(/\r?\n[ \t]+/g, ' ');
}

describe('letters', () => {
  it('carries RFC 8058 headers and the confirm link, in both languages', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const letter = confirmLetter(
        envelope(lang),
        'https://lelien.example/newsletter/confirmer/?t=1.2.x',
      );
      const source = await raw(letter);
      expect(source).toMatch(
        /^List-Unsubscribe: <https:\/\/lelien\.example\/newsletter\/desinscription\/\?t=1\.abc>$/m,
      );
      expect(source).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
      expect(source).toMatch(/^Message-ID: <lelien\.confirm\.1\.x@lelien\.example>$/m);
      expect(letter.text).toContain('https://lelien.example/newsletter/confirmer/?t=1.2.x');
      expect(letter.html).toContain('href="https://lelien.example/newsletter/confirmer/?t=1.2.x"');
      expect(letter.text).toContain('https://lelien.example/confidentialite/');
      expect(letter.text).toContain('48');
    }
  });

  it('sets French typography in French mails', () => {
    const letter = welcomeLetter(envelope('fr'), 'https://lelien.example/articles/');
    expect(letter.text).toMatch(/\u00a0:/);
    expect(letter.text).not.toMatch(/ :/);
  });

  it('escapes what comes from content in HTML', () => {
    const letter = articleLetter(envelope('en'), {
      title: 'Pay & <b>people</b>',
      summary: '"Quoted" <script>x</script>',
      url: 'https://lelien.example/en/articles/x/',
    });
    expect(letter.html).not.toContain('<b>people');
    expect(letter.html).not.toContain('<script>');
    // Escaped as Preact's renderer writes it: `&` and `<` as references, so no tag can open.
    expect(letter.html).toContain('Pay &amp; &lt;b>people');
    expect(letter.subject).toBe('Pay & <b>people</b>');
  });

  it('shows whatever an article says as text, never as markup, links included', () => {
    const title = 'A > B & "C" <img src=x onerror=alert(1)>';
    const url = 'https://lelien.example/en/articles/x/?a=1&b="2">';
    const letter = articleLetter(envelope('en'), { title, summary: '<style>x</style>', url });
    const doc = parse(letter.html);
    expect(doc.querySelectorAll('img, script, body style')).toHaveLength(0);
    expect(doc.querySelector('title')?.text).toBe(letter.subject);
    expect(doc.querySelectorAll('p').map((p) => p.text)).toContain(letter.subject);
    expect(doc.querySelector('a.action')?.getAttribute('href')).toBe(url);
  });
});
