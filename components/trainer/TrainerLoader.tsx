"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import type { WorkbenchProps } from "./Workbench";
import styles from "./trainer.module.css";

function Loading() {
  const t = useTranslations("trainer");
  return (
    <div className={styles.loading} role="status">
      {t("loading")}
    </div>
  );
}

/**
 * The only door to the 3D code: loaded in the browser on the trainer pages alone (no server render),
 * so three.js and react-three-fiber never land in another page's JavaScript.
 */
const Workbench = dynamic(() => import("./Workbench"), { ssr: false, loading: () => <Loading /> });

export default function TrainerLoader(props: WorkbenchProps) {
  return <Workbench {...props} />;
}
