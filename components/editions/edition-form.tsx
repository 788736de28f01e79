"use client";

import { useActionState, useRef } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { type FormState, IDLE } from "@/lib/actions/form-state";
import styles from "./editions.module.css";

export type EditionField = {
  name: string;
  label: string;
  multiline?: boolean;
  defaultValue?: string;
  hint?: string;
  /** A choice (a point to nest under); the empty option first when given. */
  options?: { value: string | number; label: string }[];
  placeholder?: string;
};

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Unique on the page: the fields' ids start with it. */
  id: string;
  hidden: Record<string, string | number>;
  fields?: EditionField[];
  submitLabel: string;
  secondary?: boolean;
};

/**
 * One small form of the edition editor: a few fields (or none, for a button such as 위로) sent to
 * one server action; a refusal keeps what was typed and says why beside the field.
 */
export function EditionForm({ action, id, hidden, fields = [], submitLabel, secondary }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const typed = (name: string, fallback = "") => {
    const v = state.values?.[name];
    return state.status === "error" && typeof v === "string" ? v : fallback;
  };
  return (
    <form ref={formRef} action={formAction} noValidate className={fields.length ? styles.form : styles.inline}>
      <FormStatus state={state} formRef={formRef} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const common = {
          id: `${id}-${f.name}`,
          name: f.name,
          label: f.label,
          hint: f.hint,
          errors: state.errors?.[f.name],
        };
        if (f.options)
          return (
            <SelectField
              key={`${f.name}-${state.status}`}
              {...common}
              options={f.options}
              placeholder={f.placeholder}
              defaultValue={typed(f.name, f.defaultValue)}
            />
          );
        return f.multiline ? (
          <TextAreaField
            key={`${f.name}-${state.status}`}
            {...common}
            rows={3}
            defaultValue={typed(f.name, f.defaultValue)}
          />
        ) : (
          <TextField key={`${f.name}-${state.status}`} {...common} defaultValue={typed(f.name, f.defaultValue)} />
        );
      })}
      <SubmitButton className={secondary ? "button button--secondary" : "button"}>{submitLabel}</SubmitButton>
    </form>
  );
}
