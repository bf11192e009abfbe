// A search snippet with its matched words marked: the parts come from the API as plain text, so
// nothing a lesson says is ever read as HTML.
import { Text } from '@mantine/core';
import type { LessonHit } from '../../api/types.ts';

export function LessonSnippet({ parts }: { parts: LessonHit['snippet'] }) {
  return (
    <Text size="sm" c="dimmed" data-testid="lesson-snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </Text>
  );
}
