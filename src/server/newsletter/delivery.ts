import { paths } from '../../i18n/routes.ts';
import {
  articleLetter,
  confirmLetter,
  welcomeLetter,
  type Envelope,
  type Letter,
} from './letters.ts';
import type { Provider } from './listmonk.ts';
import type { Transport } from './mail.ts';
import type { OutboxRow } from './outbox.ts';
import type { Store } from './store.ts';
import { subscriberById } from './subscribers.ts';
import { confirmToken, unsubscribeToken } from './tokens.ts';

/** What turning a queued row into a sent mail needs. */
export interface Delivery {
  db: Store;
  secret: Buffer;
  site: URL;
  transport: Transport;
  provider?: Provider | undefined;
  /** Told each confirmation link, when mail only goes to files (the console shows it). */
  onConfirmLink?: ((email: string, url: string) => void) | undefined;
}

/** An article as queued by `send`: what its mail says. */
export interface ArticlePayload {
  title: string;
  summary: string;
  path: string;
}

/** An absolute link on the public site. */
function link(site: URL, path: string, token?: string): string {
  const url = new URL(path, site);
  if (token !== undefined) url.searchParams.set('t', token);
  return url.href;
}

/** The letter a row asks for, written now from the subscriber's current record. */
export function letterFor(row: OutboxRow, d: Delivery): Letter | undefined {
  const who = row.subscriber_id === null ? undefined : subscriberById(d.db, row.subscriber_id);
  if (!who) return undefined;
  if (row.kind === 'confirm' ? who.status !== 'pending' : who.status !== 'confirmed')
    return undefined;
  const envelope: Envelope = {
    lang: who.lang,
    to: who.email,
    site: d.site,
    unsubscribeUrl: link(
      d.site,
      paths.newsletterUnsubscribe(who.lang),
      unsubscribeToken(d.secret, who.id),
    ),
    privacyUrl: link(d.site, paths.privacy(who.lang)),
    messageId: `<lelien.${row.kind}.${row.id}.${row.created_at.toString(36)}@${d.site.hostname}>`,
  };
  const payload = JSON.parse(row.payload) as { issuedAt?: number } & Partial<ArticlePayload>;
  if (row.kind === 'confirm') {
    const url = link(
      d.site,
      paths.newsletterConfirm(who.lang),
      confirmToken(d.secret, who.id, payload.issuedAt ?? row.created_at),
    );
    d.onConfirmLink?.(who.email, url);
    return confirmLetter(envelope, url);
  }
  if (row.kind === 'welcome')
    return welcomeLetter(envelope, link(d.site, paths.articles(who.lang)));
  return articleLetter(envelope, {
    title: payload.title ?? '',
    summary: payload.summary ?? '',
    url: link(d.site, payload.path ?? paths.home(who.lang)),
  });
}

/**
 * Carries out one queued row: a signup handed to the provider, or a letter sent through the
 * transport. `skipped` when there is nothing left to send (the reader left or was erased).
 * Throws the transport's or provider's error for the outbox to retry.
 */
export async function deliver(row: OutboxRow, d: Delivery): Promise<'sent' | 'skipped'> {
  if (row.kind === 'provider') {
    if (!d.provider) throw new Error('A signup is queued for a provider, but none is configured.');
    await d.provider.forward(JSON.parse(row.payload));
    return 'sent';
  }
  const letter = letterFor(row, d);
  if (!letter) return 'skipped';
  await d.transport.send(letter);
  return 'sent';
}
