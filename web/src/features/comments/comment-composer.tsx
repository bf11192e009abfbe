// Writing a comment (or editing one): a textarea where typing `@` offers people by name or address
// (from the people directory's search) and picking one writes `@their-address`, so the server
// mentions them; ↑/↓ move through the offer, Enter or Tab picks, Esc closes it. Ctrl+Enter (⌘+Enter)
// sends. The text is kept when sending fails, so nothing typed is lost.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { usePeopleSearch } from '../../api/comments.ts';
import type { PersonRef } from '../../api/types.ts';
import { activeMention, insertMention, type ActiveMention } from './mention-query.ts';

interface CommentComposerProps {
  label: string;
  initialText?: string;
  submitLabel: string;
  submitting: boolean;
  /** Resolves when saved (the composer then empties); rejects to keep the text. */
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

export function CommentComposer({ label, initialText = '', submitLabel, submitting, onSubmit, onCancel, autoFocus }: CommentComposerProps) {
  const [text, setText] = useState(initialText);
  const [caret, setCaret] = useState(initialText.length);
  const [highlighted, setHighlighted] = useState(0);
  /** The @ whose offer was closed with Esc: not offered again until another @ is typed. */
  const [dismissed, setDismissed] = useState<number | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();

  const typed = activeMention(text, caret);
  const mention = typed && typed.start !== dismissed ? typed : null;
  const [query] = useDebouncedValue(mention ? mention.query : null, 150);
  const people = usePeopleSearch(mention ? (query ?? '') : null);
  const offered: PersonRef[] = mention ? (people.data?.items ?? []) : [];
  const open = offered.length > 0;
  const active = Math.min(highlighted, Math.max(offered.length - 1, 0));

  const track = (el: HTMLTextAreaElement) => setCaret(el.selectionStart ?? el.value.length);
  const pick = (person: PersonRef, at: ActiveMention) => {
    const next = insertMention(text, at, caret, person.email);
    setText(next.text);
    setCaret(next.caret);
    setHighlighted(0);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  };
  const send = async () => {
    if (text.trim() === '' || submitting) return;
    try {
      await onSubmit(text);
      setText('');
      setCaret(0);
    } catch {
      // The caller shows the problem; the text stays for another try.
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
      return;
    }
    if (!open || !mention) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlighted((active + (event.key === 'ArrowDown' ? 1 : offered.length - 1)) % offered.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(offered[active]!, mention);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(mention.start);
    }
  };

  return (
    <Stack gap={6}>
      <Textarea
        ref={ref}
        label={label}
        description="Type @ to mention someone; Ctrl+Enter sends."
        autosize
        minRows={2}
        maxRows={12}
        maxLength={10_000}
        autoFocus={autoFocus}
        value={text}
        onChange={(e) => {
          const el = e.currentTarget;
          setText(el.value);
          track(el);
          if (!activeMention(el.value, el.selectionStart ?? el.value.length)) setDismissed(null);
        }}
        onSelect={(e) => track(e.currentTarget)}
        onKeyDown={onKeyDown}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
      />
      {open && mention ? (
        <Paper withBorder shadow="sm" p={4} role="listbox" id={listId} aria-label="People to mention">
          {offered.map((person, i) => (
            <UnstyledButton
              key={person.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              display="block"
              w="100%"
              px="xs"
              py={4}
              bg={i === active ? 'var(--mantine-color-blue-light)' : undefined}
              style={{ borderRadius: 4 }}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setHighlighted(i)}
              onClick={() => pick(person, mention)}
            >
              <Text size="sm" span>{person.name}</Text>{' '}
              <Text size="xs" c="dimmed" span>{person.email}</Text>
            </UnstyledButton>
          ))}
        </Paper>
      ) : null}
      <Group justify="flex-end" gap="xs">
        {onCancel ? <Button variant="default" size="xs" onClick={onCancel}>Cancel</Button> : null}
        <Button size="xs" loading={submitting} disabled={text.trim() === ''} onClick={() => void send()}>{submitLabel}</Button>
      </Group>
    </Stack>
  );
}
