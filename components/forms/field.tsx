import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = { name: string; label: string; hint?: ReactNode; errors?: string[]; id?: string };

/** Ids and ARIA that tie a control to its hint and error, so a screen reader reads both. */
function describe(id: string, hint: ReactNode | undefined, errors: string[] | undefined) {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined, "aria-invalid": errors?.length ? (true as const) : undefined };
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

export function TextField({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} {...describe(id, hint, errors)} {...input} />
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
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name={name} {...describe(id, hint, errors)} {...input} />
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
  ...select
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: { value: string | number; label: string }[];
    placeholder?: string;
  }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} {...describe(id, hint, errors)} {...select}>
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

/** Several choices under one legend (담당부서); the group carries the error. */
export function CheckboxGroup({
  name,
  label,
  hint,
  errors,
  id = `field-${name}`,
  options,
  checked,
}: Common & { options: { value: string | number; label: string }[]; checked: string[] }) {
  return (
    <fieldset className="field checkbox-group" id={id} {...describe(id, hint, errors)}>
      <legend>{label}</legend>
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
