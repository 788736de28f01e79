"use client";

import { useActionState, useRef } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { updateOrganisationAction } from "@/lib/actions/organisation/update-organisation";
import type { OrganisationIdentity } from "@/lib/organisation";
import styles from "./admin.module.css";

const KOGL_OPTIONS = [
  { value: 1, label: "제1유형: 출처표시" },
  { value: 2, label: "제2유형: 출처표시 + 상업적 이용금지" },
  { value: 3, label: "제3유형: 출처표시 + 변경금지" },
  { value: 4, label: "제4유형: 출처표시 + 상업적 이용금지 + 변경금지" },
];

export function OrganisationForm({ org, labelledBy }: { org: OrganisationIdentity; labelledBy: string }) {
  const [state, action] = useActionState(updateOrganisationAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const text = (name: keyof OrganisationIdentity) => fieldValue(state, name, org[name] as string | number | null);
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby={labelledBy} key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="version" value={org.version} />
      <fieldset className={styles.section}>
        <legend>기관</legend>
        <TextField
          name="name"
          label="기관 이름"
          required
          hint="예: 음성군"
          defaultValue={text("name")}
          errors={state.errors?.name}
        />
        <TextField
          name="province"
          label="광역자치단체 이름"
          required
          hint="주관기관 구분 가운데 ‘광역자치단체’에 붙는 이름입니다. 예: 충청북도"
          defaultValue={text("province")}
          errors={state.errors?.province}
        />
        <TextField
          name="reviewOffice"
          label="검토 부서 이름"
          required
          hint="제출을 검토하고 게시하는 부서입니다. 예: 기획예산실, 기획조정실"
          defaultValue={text("reviewOffice")}
          errors={state.errors?.reviewOffice}
        />
        <TextField
          name="address"
          label="주소"
          autoComplete="off"
          defaultValue={text("address")}
          errors={state.errors?.address}
        />
        <TextField name="phone" label="대표전화" type="tel" defaultValue={text("phone")} errors={state.errors?.phone} />
        <TextField
          name="reviewOfficePhone"
          label="검토 부서 전화"
          type="tel"
          hint="공개 화면 아래에 자료 담당 부서의 연락처로 나옵니다. 비워 두면 대표전화를 보여 줍니다."
          defaultValue={text("reviewOfficePhone")}
          errors={state.errors?.reviewOfficePhone}
        />
        <TextField
          name="logo"
          label="로고"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          hint={`PNG, JPEG, WebP 그림 파일, 200KB 이하. ${org.hasLogo ? "지금 로고가 있습니다. 새 파일을 고르면 바뀝니다." : "지금은 로고가 없습니다."}`}
          errors={state.errors?.logo}
        />
        {org.hasLogo ? (
          <div className="field">
            <label>
              <input type="checkbox" name="removeLogo" /> 로고 지우기
            </label>
          </div>
        ) : null}
      </fieldset>
      <fieldset className={styles.section}>
        <legend>이용 조건</legend>
        <SelectField
          name="koglType"
          label="공공누리 유형"
          required
          options={KOGL_OPTIONS}
          defaultValue={text("koglType")}
          errors={state.errors?.koglType}
        />
        <TextField
          name="sourceTitle"
          label="출처 표시"
          required
          hint="자료를 쓸 때 밝힐 출처입니다. 예: 음성군 「주요 군정 성과」"
          defaultValue={text("sourceTitle")}
          errors={state.errors?.sourceTitle}
        />
      </fieldset>
      <fieldset className={styles.section}>
        <legend>검토</legend>
        <div className="field">
          <label>
            <input
              type="checkbox"
              name="fourEyes"
              defaultChecked={state.values ? state.values.fourEyes === "on" : org.fourEyes}
              aria-describedby="four-eyes-hint"
            />{" "}
            기획부서 직원 본인의 변경도 다른 기획 담당자의 승인을 받습니다
          </label>
          <p id="four-eyes-hint" className="field-hint">
            켜면 기획부서 직원이 고친 수상 실적, 성과 지표와 게시된 판의 서술도 바로 게시되지 않고 제출로 남으며, 제출한
            사람이 아닌 다른 기획 담당자가 승인해야 게시됩니다.
          </p>
        </div>
      </fieldset>
      <fieldset className={styles.section}>
        <legend>개인정보 보호책임자</legend>
        <TextField
          name="privacyOfficerName"
          label="개인정보 보호책임자"
          hint="성명 또는 직위"
          defaultValue={text("privacyOfficerName")}
          errors={state.errors?.privacyOfficerName}
        />
        <TextField
          name="privacyOfficerDepartment"
          label="보호책임자 부서"
          defaultValue={text("privacyOfficerDepartment")}
          errors={state.errors?.privacyOfficerDepartment}
        />
        <TextField
          name="privacyOfficerContact"
          label="보호책임자 연락처"
          hint="전화번호나 전자우편"
          defaultValue={text("privacyOfficerContact")}
          errors={state.errors?.privacyOfficerContact}
        />
        <TextField
          name="privacyEffectiveOn"
          label="개인정보처리방침 시행일"
          type="date"
          required
          defaultValue={text("privacyEffectiveOn")}
          errors={state.errors?.privacyEffectiveOn}
        />
      </fieldset>
      <SubmitButton>저장</SubmitButton>
    </form>
  );
}
