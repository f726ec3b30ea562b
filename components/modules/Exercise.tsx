"use client";

import { useTranslations } from "next-intl";
import { ConsentNote } from "./exercises/ConsentNote";
import { ContraindicationScreening } from "./exercises/ContraindicationScreening";
import { EventClassifier } from "./exercises/EventClassifier";
import { PneumothoraxSymptoms } from "./exercises/PneumothoraxSymptoms";

const EXERCISES = {
  "event-classifier": EventClassifier,
  "contraindication-screening": ContraindicationScreening,
  "consent-note": ConsentNote,
  "pneumothorax-symptoms": PneumothoraxSymptoms,
} as const;

/** <Exercise kind="…" /> in MDX. Formative: evaluated in the browser with the pure functions in lib/exercises. */
export function Exercise({ kind }: { kind: string }) {
  const t = useTranslations("modules.module");
  const Component = (EXERCISES as Record<string, (() => React.JSX.Element) | undefined>)[kind];
  if (!Component) return <div className="alert error" role="alert">{t("unknownExercise", { kind })}</div>;
  return <Component />;
}
