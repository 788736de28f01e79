import type { Metadata } from "next";
import { ErrorFrame } from "@/components/layout/error-frame";

export const metadata: Metadata = { title: "페이지를 찾을 수 없습니다" };

/** Every unknown address and every notFound() (a year with no record, a deleted award): 404, in Korean. */
export default function NotFound() {
  return (
    <ErrorFrame title="페이지를 찾을 수 없습니다">
      <p>주소가 바뀌었거나 없는 페이지입니다. 주소를 다시 확인하거나 아래 링크로 이동해 주세요.</p>
    </ErrorFrame>
  );
}
