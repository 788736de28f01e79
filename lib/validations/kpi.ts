import { z } from "zod";
import { comparisonsField, referencesField } from "./kpi-definition";
import { koreanNumberField } from "./number";
import { periodFormShape, readPeriodForm } from "./period";
import { proposalBaseField } from "./proposal";
import { idField, optionalField, versionField } from "./text";

/** A field that is undefined when the form did not send it (so the stored notes stay), else parsed by `field`. */
function keptIfAbsent<T>(field: z.ZodType<T>) {
  return z
    .unknown()
    .optional()
    .transform((v, ctx): T | undefined => {
      if (v === undefined) return undefined;
      const parsed = field.safeParse(v);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    });
}

/**
 * A KPI value form: the period (its kind and the fields that kind needs) and the value, typed the
 * way Korean staff type numbers; it may be negative (a decrease) and may end in the KPI's unit,
 * which the data function checks against the KPI.
 */
export const kpiValueFormSchema = z
  .object({
    kpiId: idField("지표"),
    // The version of the value being corrected; absent when adding a new period.
    version: optionalField(versionField),
    // The open proposal the form was opened with (or none), so a proposal saved meanwhile is a conflict.
    submissionVersion: proposalBaseField,
    value: koreanNumberField({ label: "값", anyUnit: true, allowNegative: true, maxDecimals: 4 }),
    // The notes printed beside the value ("도내 2위", "전국 0.778명"); a form without these fields keeps them.
    comparisons: keptIfAbsent(comparisonsField),
    references: keptIfAbsent(referencesField),
    ...periodFormShape,
  })
  .transform((f, ctx) => ({
    kpiId: f.kpiId,
    version: f.version,
    submissionVersion: f.submissionVersion,
    value: f.value.value,
    valueUnit: f.value.unit,
    notes:
      f.comparisons === undefined && f.references === undefined
        ? undefined
        : [...(f.comparisons ?? []), ...(f.references ?? [])],
    period: readPeriodForm(f, ctx),
  }));

export type KpiValueForm = z.output<typeof kpiValueFormSchema>;
