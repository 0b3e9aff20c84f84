import { LANGS, type Lang } from '../../i18n/lang.ts';
import { FIELDS } from '../../newsletter/form.ts';
import ErrorText from './ErrorText.tsx';

interface Props {
  /** The id of the first radio button, where focus goes when the choice is refused. */
  id: string;
  legend: string;
  /** Each language's own name. */
  names: Record<Lang, string>;
  /** Chosen at first: the page's language, or what was sent when the form comes back. */
  chosen: Lang;
  error: string;
}

/**
 * The newsletter's language, as two radio buttons: each language named in itself (and marked
 * with `lang`, so a screen reader says it right), the page's language chosen by default.
 */
export default function LangChoice({ id, legend, names, chosen, error }: Props) {
  return (
    <fieldset class="newsletter__langs" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <ErrorText id={`${id}-error`} message={error} />
      {LANGS.map((l, i) => (
        <label class="newsletter__choice">
          <input
            type="radio"
            id={i === 0 ? id : undefined}
            name={FIELDS.lang}
            value={l}
            defaultChecked={chosen === l}
          />
          <span lang={l}>{names[l]}</span>
        </label>
      ))}
    </fieldset>
  );
}
