/**
 * Server HTML of gov-weather as a browser lays it out, for the Node tests to compare: without the
 * comments Lit adds for hydration and without the style sheet, whitespace runs as one space, and no
 * whitespace where none is drawn — inside a tag, between two tags, after a start tag and before an
 * end tag. (In gov-weather every element is a block, a grid or flex item, or follows a space, so
 * that whitespace is never rendered.) How the templates are indented then changes nothing here,
 * while every character of text, and every space inside it, still counts.
 */
export function squeezeHtml(html: string): string {
  return html
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ >/g, '>')
    .replace(/> </g, '><')
    .replace(/(<[a-z][^>]*>) /g, '$1')
    .replace(/ <\//g, '</');
}
