// The form of a dialog that adds a record or changes one under If-Match: it keeps the record as
// the dialog opened it (its version goes into If-Match), sends the whole body on create and only
// what changed on edit (closing without a request when nothing did), puts the server's field
// problems on the fields they name, and after a 409 reloads the record and starts over on it.
import { useState } from 'react';
import { useForm, type FormValidateInput } from '@mantine/form';
import { applyProblemToForm } from './form-problems.ts';

interface Versioned {
  readonly id: string;
  readonly version: number;
}

interface Mutation<A> {
  mutateAsync: (args: A) => Promise<unknown>;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

export interface VersionedFormOptions<R extends Versioned, V extends object, C, P extends object> {
  /** The record being changed, or undefined to add one. */
  readonly record: R | undefined;
  readonly values: (record: R | undefined) => V;
  readonly validate?: FormValidateInput<V>;
  readonly create: Mutation<C>;
  readonly update: Mutation<{ id: string; version: number; patch: P }>;
  readonly toCreate: (values: V) => C;
  readonly toPatch: (values: V, record: R) => P;
  /** The form field a server error path names, or null. */
  readonly fieldOf: (path: string) => string | null;
  readonly onClose: () => void;
  /** Reads the record again (after a 409); undefined when it is gone. */
  readonly onReload: (id: string) => Promise<R | null | undefined>;
}

export function useVersionedForm<R extends Versioned, V extends object, C, P extends object>(o: VersionedFormOptions<R, V, C, P>) {
  const [record, setRecord] = useState(o.record);
  const form = useForm<V>({ initialValues: o.values(record), ...(o.validate && { validate: o.validate }) });
  const mutation = record ? o.update : o.create;

  const submit = form.onSubmit(async (values) => {
    try {
      if (!record) await o.create.mutateAsync(o.toCreate(values));
      else {
        const patch = o.toPatch(values, record);
        if (Object.keys(patch).length > 0) await o.update.mutateAsync({ id: record.id, version: record.version, patch });
      }
      o.onClose();
    } catch (error) {
      applyProblemToForm(form, error, o.fieldOf);
    }
  });

  const reload = async () => {
    if (!record) return;
    o.update.reset();
    const fresh = await o.onReload(record.id);
    if (fresh) {
      setRecord(fresh);
      form.setValues(o.values(fresh));
      form.resetDirty();
    }
  };

  return { form, record, mutation, submit, reload };
}
