import { FIELDS } from '../../newsletter/form.ts';
import ErrorText from './ErrorText.tsx';

interface Props {
  id: string;
  label: string;
  hint: string;
  /** What the reader had typed, when the server's error page shows the form again. */
  value: string;
  error: string;
  /** Focus it on page load: the server's error page refused the signup for this address. */
  focus: boolean;
}

/**
 * The address field: label, hint, then the error (GOV.UK's order, so it is read before the
 * field), all tied to the input by `aria-describedby`. `type="email"` and `required` check it
 * without JavaScript; the island turns the browser's bubbles off and shows its own messages.
 * The browser keeps what is typed (`defaultValue` only fills it the first time).
 */
export default function EmailField({ id, label, hint, value, error, focus }: Props) {
  return (
    <div class="newsletter__field">
      <label for={id}>{label}</label>
      <p class="newsletter__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <ErrorText id={`${id}-error`} message={error} />
      <input
        id={id}
        type="email"
        name={FIELDS.email}
        required
        autocomplete="email"
        spellcheck={false}
        defaultValue={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        // The server's error page (no script) moves focus to the field it refuses, as the
        // island does after an answer: the reader lands on the error (WCAG 3.3.1).
        // eslint-disable-next-line jsx-a11y-x/no-autofocus
        autoFocus={focus}
      />
    </div>
  );
}
