"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { buildThorax, type PatientParams } from "@/lib/anatomy";
import { entryFromSkinPoint, evaluateRequestSchema, evaluateTrajectory, type EvaluateRequest, type EvaluateResponse } from "@/lib/trajectory";
import { judgeEvaluated, judgeSubmission, type Outcome } from "@/lib/scenarios/outcome";
import type { Direction, PublicScenario, Scenario, Submission, Technique, Trajectory } from "@/lib/scenarios/schema";
import { DECLINE_REASONS, HEADINGS, LEVELS, MUSCLES, POSITIONS, TECHNIQUES } from "@/lib/scenarios/schema";
import CrossSection, { type SectionKind } from "./CrossSection";
import { Readouts } from "./Readouts";
import { DEFAULT_LAYERS, LAYER_GROUPS, normalize, sub, type CameraApi, type LayerGroup, type LayerState, type NeedleView, type Vec3 } from "./types";
import { useAnnouncer } from "./useAnnouncer";
import styles from "./trainer.module.css";

const ThoraxCanvas = dynamic(() => import("./ThoraxCanvas"), { ssr: false });

export type WorkbenchMode = "sandbox" | "practice" | "practical";

export type WorkbenchProps = {
  mode: WorkbenchMode;
  locale: "nl" | "en";
  /** practice: the whole scenario (live feedback); practical: only its public part */
  scenario?: Scenario | PublicScenario | null;
  initial?: Submission | null;
  /** practical: rendered under the needle controls with the current answer (e.g. a save button) */
  actions?: (current: Submission | null) => ReactNode;
};

type EntryFields = { level: (typeof LEVELS)[number]; side: "left" | "right"; lateralMm: number; offsetMm: number };
type DirMode = "skin" | "anatomical";

const SANDBOX_NEEDLES = [13, 25, 30, 40, 50, 60, 75];
const DEFAULT_PATIENT: PatientParams = { sex: "female", bmi: 24, scoliosis: false, shoulderRetraction: false, position: "prone" };
const round = (n: number, step = 0.5) => Math.round(n / step) * step;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const isFull = (s: WorkbenchProps["scenario"]): s is Scenario => !!s && "success" in s;

function judgeLive(scenario: Scenario, submission: Submission, evaluation: EvaluateResponse | null): Outcome | null {
  try {
    return submission.action === "needle" && evaluation ? judgeEvaluated(scenario, submission, evaluation) : judgeSubmission(scenario, submission);
  } catch {
    return null;
  }
}

function safeEvaluate(req: unknown): { result: EvaluateResponse | null; error: string | null } {
  const parsed = evaluateRequestSchema.safeParse(req);
  if (!parsed.success) return { result: null, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  try {
    return { result: evaluateTrajectory(parsed.data as EvaluateRequest), error: null };
  } catch (err) {
    return { result: null, error: (err as Error).message };
  }
}

export default function Workbench({ mode, locale, scenario = null, initial = null, actions }: WorkbenchProps) {
  const t = useTranslations("trainer");
  const assessing = mode === "practical";
  const full = isFull(scenario) ? scenario : null;

  // ── patient ──
  const [patient, setPatient] = useState<PatientParams>(() => {
    const base = scenario ? { ...scenario.patient } : { ...DEFAULT_PATIENT };
    if (initial?.action === "needle" && scenario) {
      if (scenario.adjustable.includes("shoulderRetraction") && initial.adjustments.shoulderRetraction !== undefined) base.shoulderRetraction = initial.adjustments.shoulderRetraction;
      if (scenario.adjustable.includes("position") && initial.adjustments.position) base.position = initial.adjustments.position;
    }
    const { heightCm: _h, ...rest } = base as PatientParams & { heightCm?: number };
    void _h;
    return rest;
  });
  const canEdit = (key: keyof PatientParams & string) => !scenario || (scenario.adjustable as string[]).includes(key);
  // Meshes take a moment to build (about a second), so they follow the patient settings once these
  // rest; read-outs use the new settings at once.
  const [meshPatient, setMeshPatient] = useState<PatientParams>(patient);
  useEffect(() => {
    if (meshPatient === patient) return;
    const timer = window.setTimeout(() => setMeshPatient(patient), 250);
    return () => window.clearTimeout(timer);
  }, [patient, meshPatient]);
  const model = useMemo(() => buildThorax(meshPatient), [meshPatient]);

  // ── needle ──
  const init = initial?.action === "needle" ? initial.trajectory : null;
  const needleOptions = scenario?.needleLengthsMm ?? SANDBOX_NEEDLES;
  const [technique, setTechnique] = useState<Technique>(init?.technique ?? (full && full.allowedTechniques.length === 1 ? full.allowedTechniques[0]! : "other"));
  const [sandboxMuscle, setSandboxMuscle] = useState<string>("");
  const muscle = scenario ? (scenario.targetMuscle ?? undefined) : sandboxMuscle || undefined;
  const [entry, setEntry] = useState<EntryFields>(() => init?.entry ?? { level: scenario?.region.level ?? "T6", side: scenario?.region.side ?? "left", lateralMm: 20, offsetMm: 0 });
  const [placed, setPlaced] = useState<boolean>(!!init);
  const [dirMode, setDirMode] = useState<DirMode>(init && "ventral" in init.direction ? "anatomical" : "skin");
  const [skinDir, setSkinDir] = useState<{ angleToSkinDeg: number; heading: (typeof HEADINGS)[number] }>(
    init && "angleToSkinDeg" in init.direction ? init.direction : { angleToSkinDeg: 90, heading: "medial" },
  );
  const [anatDir, setAnatDir] = useState<{ ventral: number; medial: number; caudal: number }>(
    init && "ventral" in init.direction ? init.direction : { ventral: 1, medial: 0, caudal: 0 },
  );
  const [needleLengthMm, setNeedleLengthMm] = useState<number>(init?.needleLengthMm ?? needleOptions.find((n) => n >= 40) ?? needleOptions[0]!);
  const [depthMm, setDepthMm] = useState<number>(init?.depthMm ?? 0);
  const [declined, setDeclined] = useState<(typeof DECLINE_REASONS)[number] | null>(initial?.action === "decline" ? initial.reason : null);
  const [declineReason, setDeclineReason] = useState<(typeof DECLINE_REASONS)[number]>(initial?.action === "decline" ? initial.reason : "scoliosis");

  // ── view ──
  const [layers, setLayers] = useState<LayerState>(DEFAULT_LAYERS);
  const [labels, setLabels] = useState(true);
  const [clip, setClip] = useState(false);
  const [autoRotate, setAutoRotate] = useState(false);
  const [sectionKind, setSectionKind] = useState<SectionKind>("transverse");
  const [showDebrief, setShowDebrief] = useState(false);
  const cameraRef = useRef<CameraApi>(null);

  const direction: Direction = dirMode === "skin" ? skinDir : anatDir;
  const contractPatient = patient;
  const baseRequest = useMemo(
    () => ({ patient: contractPatient, technique, ...(muscle ? { muscle } : {}), entry, direction, needleLengthMm }),
    [contractPatient, technique, muscle, entry, direction, needleLengthMm],
  );

  const evaluation = useMemo(() => (placed && depthMm > 0 ? safeEvaluate({ ...baseRequest, depthMm }) : null), [placed, baseRequest, depthMm]);
  // Probes: where the needle points before it goes in, and the skin's inward normal at the
  // entry for the drag handle. The normal depends on the entry only, not on the direction.
  // (Full length, so the 0.1 mm rounding of the response points hardly tilts the derived direction.)
  const probe = useMemo(() => (placed ? safeEvaluate({ ...baseRequest, depthMm: needleLengthMm }) : null), [placed, baseRequest, needleLengthMm]);
  const normalProbe = useMemo(
    () => (placed ? safeEvaluate({ patient, technique: "other", entry, direction: { angleToSkinDeg: 90, heading: "medial" }, depthMm: 10, needleLengthMm: 10 }) : null),
    [placed, patient, entry],
  );
  const result = evaluation?.result ?? null;
  const inputError = probe?.error ?? evaluation?.error ?? null;

  const dir: Vec3 | null = probe?.result ? normalize(sub(probe.result.tip as Vec3, probe.result.entryPoint as Vec3)) : null;
  const normal: Vec3 | null = normalProbe?.result ? normalize(sub(normalProbe.result.tip as Vec3, normalProbe.result.entryPoint as Vec3)) : null;
  const needle: NeedleView | null =
    placed && !declined && probe?.result && dir
      ? {
          entry: probe.result.entryPoint as Vec3,
          dir,
          depthMm,
          lengthMm: needleLengthMm,
          tip: (result?.tip as Vec3 | undefined) ?? (probe.result.entryPoint as Vec3),
          unsafe: !assessing && result?.verdict === "unsafe",
        }
      : null;

  const trajectory: Trajectory | null = placed && depthMm > 0 ? { technique, ...(muscle ? { muscle: muscle as Trajectory["muscle"] } : {}), entry, direction, depthMm, needleLengthMm } : null;
  const submission: Submission | null = declined
    ? { action: "decline", reason: declined }
    : trajectory
      ? { action: "needle", trajectory, adjustments: { shoulderRetraction: patient.shoulderRetraction, position: patient.position } }
      : null;
  // Judged on every render: cheap (one evaluation), and always in step with the controls.
  const outcome = full && !assessing && submission ? judgeLive(full, submission, result) : null;

  // Focus point of the camera: the spinous process of the scenario's level.
  const focus: Vec3 = useMemo(() => {
    const level = scenario?.region.level ?? "T6";
    const tip = model.landmarks.spinousTips[level] ?? Object.values(model.landmarks.spinousTips)[0] ?? [0, 0, 0];
    return [tip[0], tip[1], tip[2] + 30];
    // The camera is aimed once per scenario, not on every patient change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario?.id]);

  // ── actions ──
  const onSkinPoint = useCallback(
    (point: Vec3) => {
      if (declined) return;
      const found = entryFromSkinPoint(patient, point);
      if (!found) return;
      setEntry({ level: found.level as EntryFields["level"], side: found.side, lateralMm: round(found.lateralMm), offsetMm: clamp(round(found.offsetMm), -60, 60) });
      setPlaced(true);
      setDepthMm(0);
    },
    [patient, declined],
  );
  const onDirection = useCallback(
    (d: Vec3) => {
      const medial = entry.side === "left" ? -d[0] : d[0];
      setAnatDir({ ventral: round(d[2], 0.01), medial: round(medial, 0.01), caudal: round(-d[1], 0.01) });
      setDirMode("anatomical");
    },
    [entry.side],
  );
  const changeDirMode = (next: DirMode) => {
    if (next === dirMode) return;
    if (next === "anatomical" && dir) {
      const medial = entry.side === "left" ? -dir[0] : dir[0];
      setAnatDir({ ventral: round(dir[2], 0.01), medial: round(medial, 0.01), caudal: round(-dir[1], 0.01) });
    }
    if (next === "skin") {
      const angle = result?.angleToSkinDeg ?? probe?.result?.angleToSkinDeg;
      if (angle !== undefined) setSkinDir((s) => ({ ...s, angleToSkinDeg: clamp(Math.round(angle), 0, 90) }));
    }
    setDirMode(next);
  };
  const insert = useCallback((mm: number) => setDepthMm((d) => clamp(round(d + mm), 0, needleLengthMm)), [needleLengthMm]);

  const applyReference = () => {
    if (!full) return;
    const ref = full.reference;
    if (ref.action === "decline") {
      setDeclined(ref.reason);
      setDeclineReason(ref.reason);
      return;
    }
    const tr = ref.trajectory;
    setDeclined(null);
    setTechnique(tr.technique);
    setEntry({ ...tr.entry, offsetMm: tr.entry.offsetMm ?? 0 });
    if ("ventral" in tr.direction) {
      setAnatDir(tr.direction);
      setDirMode("anatomical");
    } else {
      setSkinDir(tr.direction);
      setDirMode("skin");
    }
    setNeedleLengthMm(tr.needleLengthMm);
    setDepthMm(tr.depthMm);
    setPatient((p) => ({
      ...p,
      ...(ref.adjustments.shoulderRetraction !== undefined && full.adjustable.includes("shoulderRetraction") ? { shoulderRetraction: ref.adjustments.shoulderRetraction } : {}),
      ...(ref.adjustments.position && full.adjustable.includes("position") ? { position: ref.adjustments.position } : {}),
    }));
    setPlaced(true);
  };

  const onRootKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = e.target as HTMLElement;
    const typing = el.tagName === "TEXTAREA" || el.tagName === "SELECT" || (el.tagName === "INPUT" && !["range", "checkbox", "radio", "button"].includes((el as HTMLInputElement).type));
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === "i" && placed && !declined) {
      insert(e.shiftKey ? 5 : 1);
      e.preventDefault();
    } else if (key === "o" && placed && !declined) {
      insert(e.shiftKey ? -5 : -1);
      e.preventDefault();
    }
  };
  const onViewKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const api = cameraRef.current;
    if (!api) return;
    const step = e.shiftKey ? 30 : 10;
    const map: Record<string, () => void> = {
      ArrowLeft: () => api.rotate(-step, 0),
      ArrowRight: () => api.rotate(step, 0),
      ArrowUp: () => api.rotate(0, -step),
      ArrowDown: () => api.rotate(0, step),
      "+": () => api.zoom(0.85),
      "=": () => api.zoom(0.85),
      "-": () => api.zoom(1.18),
      "0": () => api.reset(),
    };
    const action = map[e.key];
    if (action) {
      action();
      e.preventDefault();
    }
  };

  // ── announcements ──
  const summary = (() => {
    if (declined) return t("announce.declined");
    if (!placed) return "";
    if (!result) return t("announce.placed", { level: entry.level, side: t(`side.${entry.side}`), lateral: entry.lateralMm });
    const parts = [t("announce.depth", { depth: depthMm }), t("announce.angle", { angle: Math.round(result.angleToSkinDeg) }), t("announce.fingers", { fingers: result.fingerWidths.toFixed(1) })];
    if (!assessing) {
      parts.push(t("announce.margin", { margin: result.pleuraMarginMm.toFixed(1) }));
      parts.push(t(`verdict.${result.verdict}`));
      if (result.violations.length) parts.push(t("announce.rules", { rules: result.violations.map((v) => v.rule).join(", ") }));
      if (outcome) parts.push(outcome.success ? t("outcome.success") : t("outcome.notYet"));
    }
    return parts.join(". ");
  })();
  const announced = useAnnouncer(summary);

  const labelStrings = {
    dorsal: t("dir.dorsal"), ventral: t("dir.ventral"), left: t("dir.patientLeft"), right: t("dir.patientRight"),
    cranial: t("dir.cranial"), caudal: t("dir.caudal"), projected: t("section.projected"),
  };
  const sectionAt: Vec3 | null = (result?.entryPoint as Vec3 | undefined) ?? (probe?.result?.entryPoint as Vec3 | undefined) ?? null;
  const id = (s: string) => `wb-${s}`;

  return (
    <div className={styles.workbench} onKeyDown={onRootKey} data-testid="workbench">
      <div className={styles.stage}>
        <div className={styles.toolbar} role="toolbar" aria-label={t("view.toolbar")}>
          <button type="button" className={styles.tool} onClick={() => cameraRef.current?.rotate(-15, 0)} aria-label={t("view.rotateLeft")}>⟲</button>
          <button type="button" className={styles.tool} onClick={() => cameraRef.current?.rotate(15, 0)} aria-label={t("view.rotateRight")}>⟳</button>
          <button type="button" className={styles.tool} onClick={() => cameraRef.current?.rotate(0, -10)} aria-label={t("view.tiltUp")}>↑</button>
          <button type="button" className={styles.tool} onClick={() => cameraRef.current?.rotate(0, 10)} aria-label={t("view.tiltDown")}>↓</button>
          <button type="button" className={styles.tool} onClick={() => cameraRef.current?.zoom(0.8)} aria-label={t("view.zoomIn")}>+</button>
          <button type="button" className={styles.tool} onClick={() => cameraRef.current?.zoom(1.25)} aria-label={t("view.zoomOut")}>−</button>
          <button type="button" className={styles.tool} onClick={() => cameraRef.current?.reset()}>{t("view.reset")}</button>
          {needle && (
            <button type="button" className={styles.tool} onClick={() => cameraRef.current?.focus(needle.entry)}>{t("view.focusNeedle")}</button>
          )}
          <span className={styles.toolSep} aria-hidden="true" />
          <label className={styles.toggle}><input type="checkbox" checked={labels} onChange={(e) => setLabels(e.target.checked)} /> {t("view.labels")}</label>
          <label className={styles.toggle}><input type="checkbox" checked={clip} onChange={(e) => setClip(e.target.checked)} disabled={!sectionAt} /> {t("view.clip")}</label>
          <label className={styles.toggle}><input type="checkbox" checked={autoRotate} onChange={(e) => setAutoRotate(e.target.checked)} data-testid="auto-rotate" /> {t("view.autoRotate")}</label>
        </div>
        <div
          className={styles.canvasWrap}
          tabIndex={0}
          role="group"
          aria-roledescription={t("view.roleDescription")}
          aria-label={t("view.label")}
          aria-describedby={id("keys")}
          onKeyDown={onViewKey}
          data-testid="viewer"
        >
          <ThoraxCanvas
            model={model}
            layers={layers}
            labels={labels}
            ribWord={t("view.rib")}
            needle={needle}
            normal={normal}
            clipAtY={clip && sectionAt ? sectionAt[1] : null}
            autoRotate={autoRotate}
            focus={focus}
            position={patient.position}
            cameraRef={cameraRef}
            onSkinPoint={onSkinPoint}
            onDirection={onDirection}
          />
          <p className={styles.canvasHint} aria-hidden="true">{placed ? t("view.hintDrag") : t("view.hintClick")}</p>
        </div>
        <p id={id("keys")} className={styles.keys}>{t("view.keys")}</p>

        <Readouts
          locale={locale}
          model={model}
          result={result}
          placed={placed}
          declined={declined}
          depthMm={depthMm}
          assessing={assessing}
          inputError={inputError}
          outcome={outcome}
        />
        <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">{announced}</div>

        {sectionAt && (
          <div className={styles.sectionWrap}>
            <div className={styles.segmented} role="radiogroup" aria-label={t("section.kind")}>
              {(["transverse", "sagittal"] as const).map((k) => (
                <label key={k} className={sectionKind === k ? styles.segOn : styles.seg}>
                  <input type="radio" name="section-kind" value={k} checked={sectionKind === k} onChange={() => setSectionKind(k)} />
                  {t(`section.${k}`)}
                </label>
              ))}
            </div>
            <CrossSection model={model} kind={sectionKind} at={sectionAt} needle={needle} title={t(`section.title.${sectionKind}`, { level: entry.level })} labels={labelStrings} />
          </div>
        )}
      </div>

      <div className={styles.panels}>
        {full && !assessing && (
          <section className={styles.panel} aria-labelledby={id("outcome-h")}>
            <h2 id={id("outcome-h")} className={styles.panelTitle}>{t("outcome.title")}</h2>
            {!outcome && <p className="muted">{t("outcome.empty")}</p>}
            {outcome && (
              <>
                <p className={outcome.success ? styles.good : styles.warn} data-testid="scenario-outcome">
                  {outcome.success ? t("outcome.success") : outcome.unsafe ? t("outcome.unsafe") : t("outcome.notYet")}
                </p>
                <ul className={styles.checks}>
                  {outcome.checks.map((c) => (
                    <li key={c.id} className={c.passed ? styles.checkOk : styles.checkBad}>
                      <span aria-hidden="true">{c.passed ? "✓" : "✗"}</span> <span className="sr-only">{c.passed ? t("outcome.passed") : t("outcome.failed")}: </span>
                      {/^rule:(ALG|TST|CMP|NEU|INF|PNX|TECH)-\d+$/.test(c.id) ? (
                        <Link href={`/recommendations/${c.id.slice(5)}`}>{c.label[locale]}</Link>
                      ) : (
                        c.label[locale]
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className={styles.row}>
              <button type="button" className="button secondary" onClick={() => setShowDebrief((v) => !v)} aria-expanded={showDebrief}>
                {showDebrief ? t("outcome.hideDebrief") : t("outcome.showDebrief")}
              </button>
              <button type="button" className="button secondary" onClick={applyReference}>{t("outcome.showReference")}</button>
            </div>
            {showDebrief && <p className={styles.debrief}>{full.debrief[locale]}</p>}
          </section>
        )}

        <section className={styles.panel} aria-labelledby={id("entry-h")}>
          <h2 id={id("entry-h")} className={styles.panelTitle}>{t("entry.title")}</h2>
          <p className={styles.help}>{t("entry.help")}</p>
          <div className={styles.fieldGrid}>
            <label>
              {t("entry.level")}
              <select value={entry.level} onChange={(e) => setEntry({ ...entry, level: e.target.value as EntryFields["level"] })} disabled={!!declined}>
                {LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
              </select>
            </label>
            <label>
              {t("entry.side")}
              <select value={entry.side} onChange={(e) => setEntry({ ...entry, side: e.target.value as "left" | "right" })} disabled={!!declined}>
                <option value="left">{t("side.left")}</option>
                <option value="right">{t("side.right")}</option>
              </select>
            </label>
            <label>
              {t("entry.lateral")}
              <input type="number" min={0} max={250} step={0.5} value={entry.lateralMm} onChange={(e) => setEntry({ ...entry, lateralMm: clamp(Number(e.target.value) || 0, 0, 250) })} disabled={!!declined} />
            </label>
            <label>
              {t("entry.offset")}
              <input type="number" min={-60} max={60} step={0.5} value={entry.offsetMm} onChange={(e) => setEntry({ ...entry, offsetMm: clamp(Number(e.target.value) || 0, -60, 60) })} disabled={!!declined} />
            </label>
          </div>
          {!placed && (
            <button type="button" className="button" onClick={() => setPlaced(true)} disabled={!!declined}>{t("entry.place")}</button>
          )}
          {placed && <p className={styles.help}>{t("entry.placedNote")}</p>}
        </section>

        <section className={styles.panel} aria-labelledby={id("needle-h")}>
          <h2 id={id("needle-h")} className={styles.panelTitle}>{t("needle.title")}</h2>
          <div className={styles.fieldGrid}>
            <label>
              {t("needle.technique")}
              <select value={technique} onChange={(e) => setTechnique(e.target.value as Technique)} disabled={!!declined}>
                {TECHNIQUES.map((k) => <option key={k} value={k}>{t(`technique.${k}`)}</option>)}
              </select>
            </label>
            <label>
              {t("needle.length")}
              <select
                value={needleLengthMm}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  setNeedleLengthMm(n);
                  setDepthMm((d) => Math.min(d, n));
                }}
                disabled={!!declined}
              >
                {needleOptions.map((n) => <option key={n} value={n}>{n} mm</option>)}
              </select>
            </label>
            {!scenario && (
              <label className={styles.span2}>
                {t("needle.muscle")}
                <select value={sandboxMuscle} onChange={(e) => setSandboxMuscle(e.target.value)}>
                  <option value="">{t("needle.noMuscle")}</option>
                  {MUSCLES.map((m) => <option key={m} value={m}>{t(`muscle.${m}`)}</option>)}
                </select>
              </label>
            )}
          </div>

          <fieldset className={styles.fieldset} disabled={!!declined}>
            <legend>{t("needle.direction")}</legend>
            <div className={styles.segmented} role="radiogroup" aria-label={t("needle.directionMode")}>
              {(["skin", "anatomical"] as const).map((m) => (
                <label key={m} className={dirMode === m ? styles.segOn : styles.seg}>
                  <input type="radio" name="dir-mode" value={m} checked={dirMode === m} onChange={() => changeDirMode(m)} />
                  {t(`needle.mode.${m}`)}
                </label>
              ))}
            </div>
            {dirMode === "skin" ? (
              <div className={styles.fieldGrid}>
                <label>
                  {t("needle.angle")}
                  <input type="number" min={0} max={90} step={1} value={skinDir.angleToSkinDeg} onChange={(e) => setSkinDir({ ...skinDir, angleToSkinDeg: clamp(Number(e.target.value) || 0, 0, 90) })} />
                </label>
                <label>
                  {t("needle.heading")}
                  <select value={skinDir.heading} onChange={(e) => setSkinDir({ ...skinDir, heading: e.target.value as (typeof HEADINGS)[number] })}>
                    {HEADINGS.map((h) => <option key={h} value={h}>{t(`dir.${h}`)}</option>)}
                  </select>
                </label>
                <label className={styles.span2}>
                  <span className="sr-only">{t("needle.angle")}</span>
                  <input type="range" min={0} max={90} step={1} value={skinDir.angleToSkinDeg} onChange={(e) => setSkinDir({ ...skinDir, angleToSkinDeg: Number(e.target.value) })} aria-label={t("needle.angleSlider")} />
                </label>
              </div>
            ) : (
              <div className={styles.fieldGrid3}>
                {(["ventral", "medial", "caudal"] as const).map((k) => (
                  <label key={k}>
                    {t(`dir.${k}`)}
                    <input type="number" min={-1} max={1} step={0.05} value={anatDir[k]} onChange={(e) => setAnatDir({ ...anatDir, [k]: clamp(Number(e.target.value) || 0, -1, 1) })} />
                  </label>
                ))}
              </div>
            )}
            <p className={styles.help}>{dirMode === "skin" ? t("needle.skinHelp") : t("needle.anatomicalHelp")}</p>
          </fieldset>

          <fieldset className={styles.fieldset} disabled={!placed || !!declined}>
            <legend>{t("needle.insertion")}</legend>
            <label className={styles.depthRow}>
              <span>{t("needle.depth")}</span>
              <input type="range" min={0} max={needleLengthMm} step={0.5} value={depthMm} onChange={(e) => setDepthMm(Number(e.target.value))} aria-valuetext={`${depthMm} mm`} data-testid="depth-slider" />
              <output aria-hidden="true">{depthMm} mm</output>
            </label>
            <div className={styles.row}>
              <button type="button" className="button secondary" onClick={() => insert(-1)}>{t("needle.withdraw")}</button>
              <button type="button" className="button" onClick={() => insert(1)}>{t("needle.insert")}</button>
              <button type="button" className="button secondary" onClick={() => setDepthMm(0)}>{t("needle.out")}</button>
            </div>
            <p className={styles.help}>{t("needle.keys")}</p>
          </fieldset>

          {scenario && (
          <details className={styles.decline} open={!!declined}>
            <summary>{t("decline.title")}</summary>
            <p className={styles.help}>{t("decline.help")}</p>
            <div className={styles.row}>
              <label>
                {t("decline.reason")}{" "}
                <select value={declineReason} onChange={(e) => setDeclineReason(e.target.value as (typeof DECLINE_REASONS)[number])} disabled={!!declined}>
                  {DECLINE_REASONS.map((r) => <option key={r} value={r}>{t(`decline.reasons.${r}`)}</option>)}
                </select>
              </label>
              {declined ? (
                <button type="button" className="button secondary" onClick={() => setDeclined(null)}>{t("decline.undo")}</button>
              ) : (
                <button type="button" className="button secondary" onClick={() => setDeclined(declineReason)}>{t("decline.action")}</button>
              )}
            </div>
            {declined && <p className={styles.good}>{t("decline.done", { reason: t(`decline.reasons.${declined}`) })}</p>}
          </details>
          )}

          {actions?.(submission)}
        </section>

        <section className={styles.panel} aria-labelledby={id("patient-h")}>
          <h2 id={id("patient-h")} className={styles.panelTitle}>{t("patient.title")}</h2>
          <div className={styles.fieldGrid}>
            <label>
              {t("patient.sex")}
              <select value={patient.sex} onChange={(e) => setPatient({ ...patient, sex: e.target.value as PatientParams["sex"] })} disabled={!canEdit("sex")}>
                <option value="female">{t("patient.female")}</option>
                <option value="male">{t("patient.male")}</option>
              </select>
            </label>
            <label>
              {t("patient.position")}
              <select value={patient.position} onChange={(e) => setPatient({ ...patient, position: e.target.value as PatientParams["position"] })} disabled={!canEdit("position")}>
                {POSITIONS.map((p) => <option key={p} value={p}>{t(`patient.positions.${p}`)}</option>)}
              </select>
            </label>
            <label className={styles.span2}>
              {t("patient.bmi", { bmi: patient.bmi })}
              <input type="range" min={16} max={45} step={1} value={patient.bmi} onChange={(e) => setPatient({ ...patient, bmi: Number(e.target.value) })} disabled={!canEdit("bmi")} />
            </label>
            <label className={styles.check}>
              <input type="checkbox" checked={patient.scoliosis} onChange={(e) => setPatient({ ...patient, scoliosis: e.target.checked })} disabled={!canEdit("scoliosis")} />
              {t("patient.scoliosis")}
            </label>
            <label className={styles.check}>
              <input type="checkbox" checked={patient.shoulderRetraction} onChange={(e) => setPatient({ ...patient, shoulderRetraction: e.target.checked })} disabled={!canEdit("shoulderRetraction")} />
              {t("patient.towel")}
            </label>
          </div>
          {scenario && <p className={styles.help}>{scenario.adjustable.length ? t("patient.someFixed") : t("patient.fixed")}</p>}
        </section>

        <section className={styles.panel} aria-labelledby={id("layers-h")}>
          <h2 id={id("layers-h")} className={styles.panelTitle}>{t("layers.title")}</h2>
          <ul className={styles.layers}>
            {LAYER_GROUPS.map((g: LayerGroup) => (
              <li key={g}>
                <label className={styles.check}>
                  <input type="checkbox" checked={layers[g].visible} onChange={(e) => setLayers({ ...layers, [g]: { ...layers[g], visible: e.target.checked } })} />
                  {t(`layers.${g}`)}
                </label>
                <input
                  type="range"
                  min={0.1}
                  max={1}
                  step={0.05}
                  value={layers[g].opacity}
                  onChange={(e) => setLayers({ ...layers, [g]: { ...layers[g], opacity: Number(e.target.value) } })}
                  aria-label={t("layers.opacity", { layer: t(`layers.${g}`) })}
                  aria-valuetext={`${Math.round(layers[g].opacity * 100)}%`}
                  disabled={!layers[g].visible}
                />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
