/** Escaping for the few places the server writes HTML by hand (document head, attributes). */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML. Anything but a string or a number (from content that was not parsed) is ''. */
export function escapeHtml(value: string): string {
  let text = '';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = String(value);
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}
