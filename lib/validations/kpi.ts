import { z } from "zod";
import { koreanNumberField } from "./number";
import { periodFormShape, readPeriodForm } from "./period";
import { proposalBaseField } from "./proposal";
import { idField, optionalField, versionField } from "./text";

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
    ...periodFormShape,
  })
  .transform((f, ctx) => ({
    kpiId: f.kpiId,
    version: f.version,
    submissionVersion: f.submissionVersion,
    value: f.value.value,
    valueUnit: f.value.unit,
    period: readPeriodForm(f, ctx),
  }));

export type KpiValueForm = z.output<typeof kpiValueFormSchema>;
