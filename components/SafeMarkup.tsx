/** Renders database markup (never page text) after DOMPurify; the only component that sets HTML. */
import { sanitizeNoteMarkup } from '../lib/sanitize';

export function SafeMarkup({
  markup,
  as: Tag = 'p',
  class: className,
}: {
  markup: string;
  as?: 'p' | 'span' | 'div';
  class?: string;
}) {
  return <Tag class={className} dangerouslySetInnerHTML={{ __html: sanitizeNoteMarkup(markup) }} />;
}
