// A comment's text as written (line breaks kept), with each mention shown as the person's name:
// highlighted for everyone, marked for the person reading it when it is them.
import { Mark, Text } from '@mantine/core';
import type { PersonRef } from '../../api/types.ts';
import { splitMentions } from './mention-text.ts';

export function CommentBody({ body, mentions, me }: { body: string; mentions: readonly PersonRef[]; me: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {splitMentions(body, mentions).map((segment, i) => {
        if (segment.kind === 'text') return <span key={i}>{segment.text}</span>;
        const { person } = segment;
        return person.id === me ? (
          <Mark key={i} color="yellow" fw={600} title={person.email} data-mention="me">@{person.name}</Mark>
        ) : (
          <Text key={i} span fw={600} c="blue" title={person.email} data-mention="other">@{person.name}</Text>
        );
      })}
    </Text>
  );
}
