import { z } from "zod";
import { idField, optionalField, requiredText, versionField } from "./text";
import { yearParam } from "./year";

/** Narrative text: a sentence of the source runs to about 200 characters; headlines are shorter. */
export const POINT_TEXT_MAX = 1000;
export const AREA_TITLE_MAX = 200;

const pointText = requiredText("서술 내용", POINT_TEXT_MAX);
const direction = z.enum(["up", "down"], { error: "이동 방향이 올바르지 않습니다." });

export const startEditionSchema = z.object({});
export const publishEditionSchema = z.object({ year: yearParam, version: versionField });
export const areaTitleSchema = z.object({
  year: yearParam,
  areaId: idField("분야"),
  version: versionField,
  title: requiredText("분야 제목", AREA_TITLE_MAX),
});
export const moveAreaSchema = z.object({ year: yearParam, areaId: idField("분야"), version: versionField, direction });
/** A new point: top-level in an area, or under one of its points. */
export const newPointSchema = z.object({
  year: yearParam,
  areaId: idField("분야"),
  parentId: optionalField(idField("상위 항목")).transform((v) => v ?? null),
  text: pointText,
});
export const pointTextSchema = z.object({ id: idField("서술 항목"), version: versionField, text: pointText });
export const movePointSchema = z.object({ id: idField("서술 항목"), version: versionField, direction });
export const deletePointSchema = z.object({ id: idField("서술 항목"), version: versionField });
export const approvePointSchema = z.object({ id: idField("제출 내용"), version: versionField, text: pointText });
export const returnPointSchema = z.object({
  id: idField("제출 내용"),
  version: versionField,
  reason: requiredText("반려 사유", 500),
});
