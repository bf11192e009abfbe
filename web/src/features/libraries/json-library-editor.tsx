// The JSON editor shared by the review type and template libraries: the body as text, a key for a
// new item, Validate (is it a JSON object?) and Save (PUT under If-Match), and the server's field
// errors listed with their paths. A stale version offers a reload; a new key already taken is said
// on the key. `preview` draws what the current text holds (the template's WBS and documents).
import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { isApiProblem } from '../../api/api-problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { KEY_HINT, KEY_PATTERN } from './library-keys.ts';
import { fieldProblems, parseJsonBody } from './json-body.ts';

interface JsonLibraryEditorProps {
  /** "review type" or "template", for labels and messages. */
  noun: string;
  initialKey: string;
  initialText: string;
  /** For a new item, the keys already in the library; null when editing one. */
  takenKeys: readonly string[] | null;
  saving: boolean;
  /** Sends the body; rejects with an ApiProblem on failure. */
  onSave: (key: string, body: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => void;
  preview?: (body: Record<string, unknown> | null) => ReactNode;
}

export function JsonLibraryEditor({ noun, initialKey, initialText, takenKeys, saving, onSave, onCancel, onReload, preview }: JsonLibraryEditorProps) {
  const creating = takenKeys !== null;
  const [key, setKey] = useState(initialKey);
  const [text, setText] = useState(initialText);
  const [checked, setChecked] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const parsed = parseJsonBody(text);
  const [keyTaken, setKeyTaken] = useState(false);
  const keyError = creating ? (!KEY_PATTERN.test(key) ? KEY_HINT : takenKeys.includes(key) ? `The library has a ${noun} with this key already; choose another.` : null) : null;

  const edit = (next: string) => {
    setText(next);
    setChecked(null);
  };
  const save = async () => {
    setError(null);
    if (!parsed.ok || keyError) return setChecked(parsed.ok ? null : parsed.message);
    try {
      await onSave(key, parsed.value);
    } catch (failure) {
      if (creating && isApiProblem(failure) && failure.code === 'version_conflict') setKeyTaken(true);
      else setError(failure);
    }
  };
  const problems = fieldProblems(error);

  return (
    <Stack gap="md">
      <ProblemAlert error={error} title={isApiProblem(error) && error.code === 'version_conflict' ? undefined : `The ${noun} was not saved`} onReload={onReload} />
      {problems.length > 0 ? (
        <Alert color="red" variant="light" title="Fields to fix">
          <List size="sm" spacing={4} aria-label="Fields to fix">
            {problems.map((p, i) => (
              <List.Item key={i}>
                <Text span ff="monospace" fz="sm">{p.path}</Text>: {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <TextInput label="Key" required disabled={!creating} w={360}
            description={creating ? 'Fixed once saved.' : undefined}
            error={keyTaken ? `The library has a ${noun} with this key already; choose another.` : keyError}
            value={key} onChange={(e) => { setKey(e.currentTarget.value); setKeyTaken(false); }} />
          <Textarea
            label="Body (JSON)"
            description="Everything but the key and version. The server checks it on saving and names each field to fix."
            autosize minRows={16} maxRows={40}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            value={text} onChange={(e) => edit(e.currentTarget.value)} spellCheck={false}
            error={checked !== null && checked !== 'ok' ? checked : null}
          />
          {checked === 'ok' ? <Text size="sm" c="teal.7" role="status">Valid JSON. Save to have the server check the {noun}.</Text> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={saving}>Cancel</Button>
            <Button variant="default" onClick={() => setChecked(parsed.ok ? 'ok' : parsed.message)}>Validate</Button>
            <Button onClick={() => void save()} loading={saving}>Save {noun}</Button>
          </Group>
        </Stack>
      </Card>
      {preview ? preview(parsed.ok ? parsed.value : null) : null}
    </Stack>
  );
}
