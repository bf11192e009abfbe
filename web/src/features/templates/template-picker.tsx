// "Start from a template" on the new-project page: blank, or one of the PMO's templates, shown
// with its methodology, how many tasks and milestones its plan has, its starting risks, assumptions
// and actions, and the documents it drafts.
import { Card, List, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTemplate, useTemplates } from '../../api/templates.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { registersSummary, templateSummary } from './template-view.ts';

interface TemplatePickerProps {
  value: string | null;
  onChange: (templateKey: string | null) => void;
  error?: string | null;
}

export function TemplatePicker({ value, onChange, error }: TemplatePickerProps) {
  const fromTemplate = value !== null;
  const templates = useTemplates();
  const detail = useTemplate(value || null);
  const items = templates.data?.items ?? [];
  const chosen = items.find((t) => t.key === value);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Starting point">
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Starting point"
          value={fromTemplate ? 'template' : 'blank'}
          onChange={(v) => onChange(v === 'template' ? '' : null)}
          data={[{ value: 'blank', label: 'Blank project' }, { value: 'template', label: 'Start from a template' }]}
        />
        {fromTemplate ? (
          <>
            <ProblemAlert error={templates.error} title="The templates could not be read" />
            <Select
              label="Template"
              placeholder="Choose a template"
              searchable
              data={items.map((t) => ({ value: t.key, label: t.name }))}
              value={value || null}
              error={error}
              onChange={(key) => onChange(key ?? '')}
              renderOption={({ option }) => {
                const t = items.find((x) => x.key === option.value);
                return (
                  <div>
                    <Text size="sm">{option.label}</Text>
                    {t ? <Text size="xs" c="dimmed">{templateSummary(t)}</Text> : null}
                  </div>
                );
              }}
            />
            {chosen ? (
              <Stack gap={4} data-testid="template-summary">
                <Text size="sm" fw={500}>{templateSummary(chosen)}</Text>
                {chosen.description ? <Text size="sm" c="dimmed">{chosen.description}</Text> : null}
                <Text size="sm">Starting registers: {registersSummary(chosen.counts)}.</Text>
                {detail.data && detail.data.documents.length > 0 ? (
                  <>
                    <Text size="sm">Draft documents:</Text>
                    <List size="sm">{detail.data.documents.map((d) => <List.Item key={d.requirementKey}>{d.title}</List.Item>)}</List>
                  </>
                ) : null}
                <Text size="xs" c="dimmed">The project takes the template’s methodology; its plan starts on the planned start below.</Text>
              </Stack>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
