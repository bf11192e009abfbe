// The PMO's own fields of the project request form: key, label, type (text, number, date or a
// choice among options), required to submit, and a help line. Saved whole under If-Match; the
// server checks keys, duplicates and options and names the field to fix.
import { ActionIcon, Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntakeFields, useSaveIntakeFields } from '../../api/requests.ts';
import type { IntakeField, IntakeFields } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

const TYPES = [{ value: 'text', label: 'Text' }, { value: 'number', label: 'Number' }, { value: 'date', label: 'Date' }, { value: 'choice', label: 'Choice' }];

interface Row {
  key: string;
  label: string;
  type: IntakeField['type'];
  required: boolean;
  /** Options as typed, separated by commas. */
  options: string;
  help: string;
}

const rowOf = (f: IntakeField): Row => ({ key: f.key, label: f.label, type: f.type, required: f.required, options: f.options.join(', '), help: f.help });
const fieldOf = (r: Row): IntakeField => ({ key: r.key.trim(), label: r.label.trim(), type: r.type, required: r.required, options: r.type === 'choice' ? r.options.split(',').map((o) => o.trim()).filter(Boolean) : [], help: r.help });

export function IntakeFieldsPage() {
  const fields = useIntakeFields();
  // Kept above the editor, which starts afresh on each saved version, so "Saved" stays shown.
  const save = useSaveIntakeFields();
  if (fields.isPending) return <Pending label="Loading the request form’s fields" />;
  if (fields.error) return <ProblemAlert error={fields.error} />;
  return <Editor key={fields.data.version} saved={fields.data} save={save} onReload={() => void fields.refetch()} />;
}

function Editor({ saved, save, onReload }: { saved: IntakeFields; save: ReturnType<typeof useSaveIntakeFields>; onReload: () => void }) {
  const [rows, setRows] = useState<Row[]>(saved.fields.map(rowOf));
  const set = (i: number, change: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <Stack gap="md">
      <PageHeader title="Request form fields" subtitle="Fields the PMO adds to the project request form, beyond the standard ones. Required fields must be filled in to submit." />
      <ProblemAlert error={save.error} onReload={onReload} />
      {save.isSuccess ? <Text size="sm" c="teal">Saved (version {saved.version}).</Text> : null}
      <Card withBorder radius="md" padding="md">
        <Table aria-label="Request form fields">
          <Table.Thead>
            <Table.Tr><Table.Th>Key</Table.Th><Table.Th>Label</Table.Th><Table.Th>Type</Table.Th><Table.Th>Options (choice)</Table.Th><Table.Th>Required</Table.Th><Table.Th>Help</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? <Table.Tr><Table.Td colSpan={7}><Text size="sm" c="dimmed">No fields of the PMO’s own yet.</Text></Table.Td></Table.Tr> : null}
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Td><TextInput aria-label={`Field ${i + 1} key`} value={r.key} onChange={(e) => set(i, { key: e.currentTarget.value })} /></Table.Td>
                <Table.Td><TextInput aria-label={`Field ${i + 1} label`} value={r.label} onChange={(e) => set(i, { label: e.currentTarget.value })} /></Table.Td>
                <Table.Td><Select aria-label={`Field ${i + 1} type`} data={TYPES} value={r.type} allowDeselect={false} onChange={(t) => set(i, { type: (t ?? 'text') as Row['type'] })} /></Table.Td>
                <Table.Td><TextInput aria-label={`Field ${i + 1} options`} disabled={r.type !== 'choice'} placeholder="Yes, No" value={r.options} onChange={(e) => set(i, { options: e.currentTarget.value })} /></Table.Td>
                <Table.Td><Checkbox aria-label={`Field ${i + 1} required`} checked={r.required} onChange={(e) => set(i, { required: e.currentTarget.checked })} /></Table.Td>
                <Table.Td><TextInput aria-label={`Field ${i + 1} help`} value={r.help} onChange={(e) => set(i, { help: e.currentTarget.value })} /></Table.Td>
                <Table.Td><ActionIcon variant="subtle" color="red" aria-label={`Remove field ${i + 1}`} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>×</ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between" mt="md">
          <Button variant="default" onClick={() => setRows((rs) => [...rs, { key: '', label: '', type: 'text', required: false, options: '', help: '' }])}>Add field</Button>
          <Button loading={save.isPending} onClick={() => save.mutate({ version: saved.version, body: { fields: rows.map(fieldOf) } })}>Save fields</Button>
        </Group>
      </Card>
    </Stack>
  );
}
