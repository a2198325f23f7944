import type { Block, Inline } from './markdown.js';
import { parseMarkdown } from './markdown.js';

/** An announcement's Markdown body as elements and text nodes (see markdown.ts): no HTML goes in. */
export function MarkdownView({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      {parseMarkdown(markdown).map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${block.level + 1}` as 'h3' | 'h4' | 'h5';
      return (
        <Heading>
          <Inlines content={block.content} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines content={block.content} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines content={item} />
            </li>
          ))}
        </List>
      );
    }
  }
}

function Inlines({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((part, index) => {
        switch (part.kind) {
          case 'text':
            return <span key={index}>{part.text}</span>;
          case 'strong':
            return <strong key={index}>{part.text}</strong>;
          case 'em':
            return <em key={index}>{part.text}</em>;
          case 'link':
            return (
              <a key={index} href={part.href} rel="noopener noreferrer nofollow" target="_blank">
                {part.text}
              </a>
            );
        }
      })}
    </>
  );
}
