/**
 * The safe subset of Markdown an announcement is written in, parsed into plain data that React
 * renders as text nodes — never as HTML, so whatever the body holds (tags included) shows as
 * written. Blocks: paragraphs, headings (#, ##, ###), bullet and numbered lists. Inline: **bold**,
 * *italic* and [links](https://…) whose address is http(s) or mailto; any other link is its text.
 */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3 | 4; readonly content: Inline[] }
  | { readonly kind: 'paragraph'; readonly content: Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: Inline[][] };

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|_([^_]+)_|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    const [, strong, em, em2, linkText, href] = match;
    if (strong !== undefined) out.push({ kind: 'strong', text: strong });
    else if (em !== undefined || em2 !== undefined) out.push({ kind: 'em', text: em ?? em2 ?? '' });
    else if (linkText !== undefined && href !== undefined)
      out.push(
        SAFE_HREF.test(href) ? { kind: 'link', text: linkText, href } : { kind: 'text', text: linkText },
      );
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const HEADING = /^(#{1,3})\s+(.*)$/;

export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = (): void => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      const level = (heading[1]?.length ?? 1) + 1;
      blocks.push({ kind: 'heading', level: level as 2 | 3 | 4, content: parseInline(heading[2] ?? '') });
    } else if (item) {
      const ordered = numbered !== null && bullet === null;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseInline(item[1] ?? ''));
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
