/**
 * Errors the data layer throws for the action wrapper to turn into a Korean message beside the
 * form. Anything else is a bug and surfaces as a generic failure.
 */
export class ForbiddenError extends Error {
  constructor(message = "이 작업을 할 권한이 없습니다.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  constructor(message = "대상을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Someone saved the record since this form was opened; `current` holds what is stored now. */
export class ConflictError<T = unknown> extends Error {
  constructor(
    public readonly current: T,
    message = "다른 사용자가 먼저 이 항목을 수정했습니다. 아래의 현재 값을 확인한 뒤 다시 저장해 주세요.",
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A rule that needs the database to check (closed year, unknown department), tied to a field. */
export class FieldError extends Error {
  constructor(
    public readonly fieldErrors: Record<string, string[]>,
    message = "입력한 내용을 확인해 주세요.",
  ) {
    super(message);
    this.name = "FieldError";
  }
}

/** Arguments a read refuses before they reach the database (a cached function called with a hand-made query). */
export class QueryRefusedError extends Error {
  constructor(message = "검색 조건이 올바르지 않습니다.") {
    super(message);
    this.name = "QueryRefusedError";
  }
}
