import { FIELDS } from '../../newsletter/form.ts';
import ErrorText from './ErrorText.tsx';

interface Props {
  id: string;
  /** What the reader agrees to: what is sent, and how to leave. */
  text: string;
  privacy: { href: string; text: string };
  /** Ticked at first: the server's error page shows the form again as it was sent. */
  checked: boolean;
  error: string;
  /** Focus it on page load: the server's error page refused the signup for this box. */
  focus: boolean;
}

/**
 * The consent checkbox, required, with its text as the label and a link to the privacy notice
 * inside it, so the box's accessible name says exactly what is agreed to.
 */
export default function ConsentBox({ id, text, privacy, checked, error, focus }: Props) {
  return (
    <div class="newsletter__consent">
      <input
        type="checkbox"
        id={id}
        name={FIELDS.consent}
        value="yes"
        required
        defaultChecked={checked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        // The server's error page (no script) moves focus to the field it refuses, as the
        // island does after an answer: the reader lands on the error (WCAG 3.3.1).
        // eslint-disable-next-line jsx-a11y-x/no-autofocus
        autoFocus={focus}
      />
      <label for={id}>
        {text} <a href={privacy.href}>{privacy.text}</a>
      </label>
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  );
}
