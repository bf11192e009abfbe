// The form of any RAID item, drawn from its log's field descriptions: checked on the client first,
// then the server's field errors (errors[].path) are put on the same fields. To add it sends every
// filled field; to edit, only what changed (the modal adds the If-Match version).
import { Button, Fieldset, Grid, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { RaidItem, RaidKind, RiskMatrix } from '../../api/types.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { RAID_KIND_META } from './raid-labels.ts';
import { RaidFieldInput } from './raid-field-input.tsx';
import { RiskScorePreview } from './risk-score-preview.tsx';
import { bodyOf, fieldOfPath, fieldsFor, initialValues, validateValues, type FieldSpec, type FormMode } from './raid-fields.ts';

interface RaidItemFormProps {
  kind: RaidKind;
  mode: FormMode;
  item: RaidItem | null;
  projectId: string;
  matrix: RiskMatrix | undefined;
  readOnly: boolean;
  submitting: boolean;
  /** Rejects with an ApiProblem on failure; its field errors are shown on the fields. */
  onSubmit: (body: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
}

/** The fields grouped by section, in the order the sections first appear. */
function sectionsOf(fields: readonly FieldSpec[]): [string, FieldSpec[]][] {
  const sections = new Map<string, FieldSpec[]>();
  for (const field of fields) sections.set(field.section, [...(sections.get(field.section) ?? []), field]);
  return [...sections];
}

export function RaidItemForm({ kind, mode, item, projectId, matrix, readOnly, submitting, onSubmit, onCancel }: RaidItemFormProps) {
  const initial = initialValues(kind, item);
  const form = useForm({ initialValues: initial, validate: (values) => validateValues(kind, mode, values) });
  const noun = RAID_KIND_META[kind].noun;

  const submit = form.onSubmit(async (values) => {
    const body = bodyOf(kind, mode, values, initial);
    if (mode === 'edit' && Object.keys(body).length === 0) return onCancel();
    try {
      await onSubmit(body);
    } catch (error) {
      applyProblemToForm(form, error, fieldOfPath(kind));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? `New ${noun}` : `Edit ${noun}`}>
      <Stack gap="md">
        {sectionsOf(fieldsFor(kind, mode)).map(([section, fields]) => {
          const grid = (
            <>
              <Grid gap="sm">
                {fields.map((field) => (
                  <Grid.Col key={field.name} span={{ base: 12, sm: field.wide ? 12 : 6 }}>
                    <RaidFieldInput field={field} form={form} matrix={matrix} readOnly={readOnly} projectId={projectId} />
                  </Grid.Col>
                ))}
              </Grid>
              {fields.some((f) => f.type === 'rating') ? <RiskScorePreview matrix={matrix} values={form.values} /> : null}
            </>
          );
          return section === 'main' ? <div key={section}>{grid}</div> : <Fieldset key={section} legend={section}>{grid}</Fieldset>;
        })}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            {readOnly ? 'Close' : 'Cancel'}
          </Button>
          {readOnly ? null : (
            <Button type="submit" loading={submitting}>
              {mode === 'create' ? `Add ${noun}` : 'Save changes'}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
