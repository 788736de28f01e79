import { deletePointAction } from "@/lib/actions/editions/delete-point";
import { movePointAction } from "@/lib/actions/editions/move-point";
import { updatePointAction } from "@/lib/actions/editions/update-point";
import { EditionForm } from "./edition-form";
import styles from "./editions.module.css";

type Props = { point: { id: number; text: string; version: number }; editor: boolean };

/** A narrative point: its text, and for the planner the forms to reword, move or delete it. */
export function PointEditor({ point, editor }: Props) {
  if (!editor) return <>{point.text}</>;
  const hidden = { id: point.id, version: point.version };
  const short = point.text.slice(0, 20);
  return (
    <div>
      <EditionForm
        action={updatePointAction}
        id={`point-${point.id}`}
        hidden={hidden}
        fields={[{ name: "text", label: "서술 내용", multiline: true, defaultValue: point.text }]}
        submitLabel="저장"
      />
      <div className={styles.tools}>
        <EditionForm
          action={movePointAction}
          id={`point-${point.id}-up`}
          hidden={{ ...hidden, direction: "up" }}
          submitLabel={`위로: ${short}`}
          secondary
        />
        <EditionForm
          action={movePointAction}
          id={`point-${point.id}-down`}
          hidden={{ ...hidden, direction: "down" }}
          submitLabel={`아래로: ${short}`}
          secondary
        />
        <EditionForm
          action={deletePointAction}
          id={`point-${point.id}-delete`}
          hidden={hidden}
          submitLabel={`삭제: ${short}`}
          secondary
        />
      </div>
    </div>
  );
}
