interface Props {
  message: string;
  id?: string;
}

/**
 * A problem with the signup, in words with a warning mark beside them so it never depends on
 * colour alone; nothing at all when there is no problem, so `aria-describedby` never points
 * to an empty element.
 */
export default function ErrorText({ message, id }: Props) {
  if (!message) return null;
  return (
    <p class="newsletter__error" id={id}>
      <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10" fill="currentColor" />
        <path d="M12 6.5v7" stroke="var(--bg)" stroke-width="2.4" stroke-linecap="round" />
        <circle cx="12" cy="17.3" r="1.4" fill="var(--bg)" />
      </svg>
      <span>{message}</span>
    </p>
  );
}
