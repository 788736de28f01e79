import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { LengthCounter } from "./length-counter";

type Common = {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  id?: string;
  /** A length the server enforces: shown as a live counter, never as maxLength (which cuts pasted text). */
  limit?: number;
};

/** Ids and ARIA that tie a control to its hint, counter and error, so a screen reader reads them all. */
function describe(id: string, hint: ReactNode | undefined, errors: string[] | undefined, limit?: number) {
  const ids = [hint ? `${id}-hint` : null, limit ? `${id}-count` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": errors?.length ? (true as const) : undefined };
}

/**
 * The visible mark of a field that must be filled in, beside the label rather than in it: the
 * control's own required / aria-required state is what a screen reader announces, and the label's
 * text stays the field's name ("수상명"), which is how people and tests find the field.
 */
export function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span className="required-mark" aria-hidden="true">
      {" "}
      (필수)
    </span>
  ) : null;
}

function Messages({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

/** `required` marks the control (and aria-required) without the browser's own refusal: forms are noValidate. */
const requiredProps = (required: boolean | undefined) =>
  required ? { required: true, "aria-required": true as const } : {};

export function TextField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  limit,
  required,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        <RequiredMark required={required} />
      </div>
      <input id={id} name={name} {...describe(id, hint, errors, limit)} {...requiredProps(required)} {...input} />
      {limit ? <LengthCounter forId={id} max={limit} initial={[...String(input.defaultValue ?? "")].length} /> : null}
      <Messages id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  limit,
  required,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        <RequiredMark required={required} />
      </div>
      <textarea id={id} name={name} {...describe(id, hint, errors, limit)} {...requiredProps(required)} {...input} />
      {limit ? <LengthCounter forId={id} max={limit} initial={[...String(input.defaultValue ?? "")].length} /> : null}
      <Messages id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  options,
  placeholder,
  required,
  ...select
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: { value: string | number; label: string }[];
    placeholder?: string;
  }) {
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        <RequiredMark required={required} />
      </div>
      <select id={id} name={name} {...describe(id, hint, errors)} {...requiredProps(required)} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} errors={errors} />
    </div>
  );
}

/**
 * Several choices under one legend (담당부서); the group carries the error. A group cannot be
 * aria-required, so "at least one" is said in the legend and by the server's message.
 */
export function CheckboxGroup({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  options,
  checked,
  required,
}: Common & { options: { value: string | number; label: string }[]; checked: string[]; required?: boolean }) {
  return (
    <fieldset className="field checkbox-group" id={id} {...describe(id, hint, errors)}>
      <legend>
        {label}
        <RequiredMark required={required} />
      </legend>
      <div className="checkbox-grid">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(String(o.value))}
              aria-invalid={errors?.length ? true : undefined}
            />
            {o.label}
          </label>
        ))}
      </div>
      <Messages id={id} hint={hint} errors={errors} />
    </fieldset>
  );
}
