import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../i18n/lang.ts';
import { paths } from '../../i18n/routes.ts';
import { FIELDS } from '../../newsletter/form.ts';
import {
  formBody,
  initialOutcome,
  precheck,
  problemMessage,
  send,
} from '../../newsletter/reply.ts';
import type { Field, Outcome, Prefill } from '../../newsletter/reply.ts';
import type { NewsletterText } from '../../newsletter/text.ts';
import ConsentBox from './ConsentBox.tsx';
import EmailField from './EmailField.tsx';
import ErrorText from './ErrorText.tsx';
import LangChoice from './LangChoice.tsx';

interface Props {
  /** Prefix of every id, unique on the page. */
  uid: string;
  /** The page's language: the form's and, unless chosen otherwise, the newsletter's. */
  lang: Lang;
  /** The page the form is on, recorded with the consent. */
  source: string;
  text: NewsletterText;
  /** The id of the heading that names the form. */
  labelledBy: string;
  prefill?: Prefill | undefined;
}

/**
 * The newsletter signup form. The server renders it as a plain form that posts and reloads;
 * once hydrated it sends the same fields with `fetch` and answers in place: the success message
 * takes the form's place and focus, a refusal marks its field and focuses it, a lost connection
 * says so. The fields are the browser's own (uncontrolled), so nothing typed is ever cleared,
 * not even what was typed while the code loaded; a second submit while sending does nothing.
 */
export default function NewsletterForm(props: Props) {
  const { uid, lang, source, text, labelledBy, prefill = {} } = props;
  const id = (part: string) => `${uid}-${part}`;
  const outcome = useSignal<Outcome | null>(initialOutcome(prefill));
  const sending = useSignal(false);
  /** When the form was first seen (noted by `client:intent`), sent as `started`; 0 before. */
  const started = useSignal(0);
  const answers = useSignal(0);
  const form = useRef<HTMLFormElement>(null);
  const done = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const island = form.current?.closest<HTMLElement>('astro-island');
    started.value = Number(island?.dataset.seen) || Date.now();
  }, []);
  // Right after the answer is rendered, before the next frame: focus goes where the answer is.
  useLayoutEffect(() => {
    const now = outcome.peek();
    if (now?.ok) done.current?.focus();
    else if (now?.field && answers.value) document.getElementById(id(now.field))?.focus();
  }, [answers.value]);

  const answer = (result: Outcome | null) => {
    outcome.value = result;
    answers.value++;
  };
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (sending.value) return;
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const local = precheck(String(data.get(FIELDS.email) ?? ''), data.has(FIELDS.consent));
    if (local) return answer(initialOutcome({ problem: local }));
    sending.value = true;
    outcome.value = null;
    answer(await send(paths.newsletterSubscribe(), formBody(data)));
    sending.value = false;
  };

  const now = outcome.value;
  if (now?.ok) {
    return (
      <div class="newsletter__done" id={id('done')} tabIndex={-1} ref={done}>
        <p class="newsletter__done-title">{text.successTitle}</p>
        <p>{text.success}</p>
      </div>
    );
  }
  const message = now ? problemMessage(now, text) : '';
  const wrong = (field: Field) => (now?.field === field ? message : '');
  /** Only the server's error page focuses a field on load; later, the answer moves focus. */
  const onLoad = (field: Field) => !started.value && !!wrong(field);
  return (
    <form
      ref={form}
      class="newsletter__form"
      method="post"
      action={paths.newsletterSubscribe()}
      aria-labelledby={labelledBy}
      noValidate={started.value > 0}
      onSubmit={(e) => void submit(e)}
    >
      <input type="hidden" name={FIELDS.source} value={source} />
      {started.value > 0 && <input type="hidden" name={FIELDS.started} value={started.value} />}
      <EmailField
        id={id('email')}
        label={text.email}
        hint={text.emailHint}
        value={prefill.email ?? ''}
        error={wrong('email')}
        focus={onLoad('email')}
      />
      <LangChoice
        id={id('lang')}
        legend={text.language}
        names={text.languages}
        chosen={prefill.newsletterLang ?? lang}
        error={wrong('lang')}
      />
      <ConsentBox
        id={id('consent')}
        text={text.consent}
        privacy={{ href: paths.privacy(lang), text: text.consentPrivacy }}
        checked={prefill.consent ?? false}
        error={wrong('consent')}
        focus={onLoad('consent')}
      />
      <div class="newsletter__trap" aria-hidden="true">
        <label for={id('trap')}>{text.trap}</label>
        <input id={id('trap')} type="text" name={FIELDS.trap} tabIndex={-1} autocomplete="off" />
      </div>
      <div class="newsletter__actions">
        <button type="submit" class="newsletter__submit" aria-disabled={sending.value || undefined}>
          {sending.value ? text.sending : text.submit}
        </button>
        <div role="status" class="newsletter__status">
          {sending.value ? text.sending : <ErrorText message={now && !now.field ? message : ''} />}
        </div>
      </div>
    </form>
  );
}
