// An article's Markdown as HTML, safely: react-markdown builds React elements from the Markdown
// syntax tree, so raw HTML in the text is dropped (skipHtml) rather than injected, and its default
// URL transform drops javascript: and other unsafe link targets. Links leave in a new tab.
import { Typography } from '@mantine/core';
import Markdown from 'react-markdown';

export function MarkdownView({ text, label }: { text: string; label?: string }) {
  return (
    <Typography aria-label={label}>
      <Markdown skipHtml components={{ a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" /> }}>{text}</Markdown>
    </Typography>
  );
}
