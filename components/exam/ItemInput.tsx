"use client";

import { useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { useTranslations } from "next-intl";
import type { Answer, HotspotAnswer, MultipleAnswer, NumericAnswer, OrderingAnswer, SingleAnswer, TrueFalseAnswer } from "@/lib/exam/scoring";
import type { AttemptViewItem } from "@/lib/exam/view";
import styles from "./exam.module.css";

type Props = { item: AttemptViewItem; value: Answer | null; onChange: (answer: Answer | null) => void; disabled?: boolean };

/** The answer controls for one item, by type. All are native form controls or buttons, so keyboard use comes free. */
export function ItemInput({ item, value, onChange, disabled }: Props) {
  const t = useTranslations("exam.input");
  const name = `item-${item.id}`;
  switch (item.type) {
    case "single": {
      const chosen = (value as SingleAnswer | null)?.choice;
      return (
        <div role="radiogroup" aria-labelledby={`${name}-stem`} className={styles.options}>
          {item.options.map((o) => (
            <label key={o.id} className={styles.option}>
              <input type="radio" name={name} value={o.id} checked={chosen === o.id} disabled={disabled} onChange={() => onChange({ choice: o.id })} />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      );
    }
    case "multiple": {
      const chosen = new Set((value as MultipleAnswer | null)?.choices ?? []);
      return (
        <div role="group" aria-labelledby={`${name}-stem`} aria-describedby={`${name}-help`} className={styles.options}>
          <p id={`${name}-help`} className="muted small">{t("multipleHelp")}</p>
          {item.options.map((o) => (
            <label key={o.id} className={styles.option}>
              <input
                type="checkbox"
                name={name}
                value={o.id}
                checked={chosen.has(o.id)}
                disabled={disabled}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(o.id);
                  else next.delete(o.id);
                  // keep the shown order, so the saved answer is stable
                  onChange({ choices: item.options.map((x) => x.id).filter((id) => next.has(id)) });
                }}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      );
    }
    case "truefalse": {
      const chosen = (value as TrueFalseAnswer | null)?.value;
      return (
        <div role="radiogroup" aria-labelledby={`${name}-stem`} className={styles.options}>
          {[true, false].map((v) => (
            <label key={String(v)} className={styles.option}>
              <input type="radio" name={name} value={String(v)} checked={chosen === v} disabled={disabled} onChange={() => onChange({ value: v })} />
              <span>{v ? t("true") : t("false")}</span>
            </label>
          ))}
        </div>
      );
    }
    case "numeric":
      return <NumericInput item={item} value={value as NumericAnswer | null} onChange={onChange} disabled={disabled} />;
    case "ordering":
      return <OrderingInput item={item} value={value as OrderingAnswer | null} onChange={onChange} disabled={disabled} />;
    case "hotspot":
      return <HotspotInput item={item} value={value as HotspotAnswer | null} onChange={onChange} disabled={disabled} />;
  }
}

function NumericInput({ item, value, onChange, disabled }: { item: Extract<AttemptViewItem, { type: "numeric" }>; value: NumericAnswer | null; onChange: Props["onChange"]; disabled?: boolean }) {
  const t = useTranslations("exam.input");
  const [text, setText] = useState(value ? String(value.value) : "");
  const id = `item-${item.id}-number`;
  return (
    <div className={styles.numeric}>
      <label htmlFor={id}>{t("number")}</label>
      <div className="row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={disabled}
          aria-describedby={`${id}-unit`}
          onChange={(e) => {
            setText(e.target.value);
            const n = Number(e.target.value.trim().replace(",", "."));
            onChange(e.target.value.trim() === "" || !Number.isFinite(n) ? null : { value: n, unit: item.unit });
          }}
        />
        <span id={`${id}-unit`} aria-label={t("unit", { unit: item.unitLabel })}>{item.unitLabel}</span>
      </div>
    </div>
  );
}

function OrderingInput({ item, value, onChange, disabled }: { item: Extract<AttemptViewItem, { options: unknown }>; value: OrderingAnswer | null; onChange: Props["onChange"]; disabled?: boolean }) {
  const t = useTranslations("exam.input");
  const [order, setOrder] = useState<string[]>(value?.order ?? item.options.map((o) => o.id));
  const [announce, setAnnounce] = useState("");
  const text = new Map(item.options.map((o) => [o.id, o.text]));
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const target = index + by;
    if (target < 0 || target >= next.length) return;
    [next[index], next[target]] = [next[target]!, next[index]!];
    setOrder(next);
    onChange({ order: next });
    setAnnounce(`${text.get(next[target]!)}: ${t("position", { n: target + 1 })}`);
    // keep focus on the same button of the moved step, so repeated presses keep moving it
    requestAnimationFrame(() => document.getElementById(`${item.id}-${next[target]}-${by < 0 ? "up" : "down"}`)?.focus());
  };
  return (
    <div>
      <p className="muted small" id={`item-${item.id}-help`}>{t("orderingHelp")}</p>
      <ol className={styles.ordering} aria-describedby={`item-${item.id}-help`}>
        {order.map((id, i) => (
          <li key={id} className={styles.orderStep}>
            <span className={styles.orderText}>{text.get(id)}</span>
            <button type="button" id={`${item.id}-${id}-up`} className="button secondary" disabled={disabled || i === 0} aria-label={t("moveUp", { step: text.get(id) ?? id })} onClick={() => move(i, -1)}>↑</button>
            <button type="button" id={`${item.id}-${id}-down`} className="button secondary" disabled={disabled || i === order.length - 1} aria-label={t("moveDown", { step: text.get(id) ?? id })} onClick={() => move(i, 1)}>↓</button>
          </li>
        ))}
      </ol>
      {!disabled && (
        <button type="button" className="button secondary" onClick={() => { onChange({ order }); setAnnounce(t("orderSaved")); }}>{t("useOrder")}</button>
      )}
      <p className="sr-only" aria-live="polite">{announce}</p>
    </div>
  );
}

const W = 400;
const H = 500;

function HotspotInput({ item, value, onChange, disabled }: { item: Extract<AttemptViewItem, { type: "hotspot" }>; value: HotspotAnswer | null; onChange: Props["onChange"]; disabled?: boolean }) {
  const t = useTranslations("exam.input");
  const svg = useRef<SVGSVGElement>(null);
  const [cursor, setCursor] = useState<{ x: number; y: number }>(value ?? { x: W / 2, y: H / 2 });
  const place = (x: number, y: number) => {
    const p = { x: Math.round(Math.min(W, Math.max(0, x))), y: Math.round(Math.min(H, Math.max(0, y))) };
    setCursor(p);
    onChange(p);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (disabled || !svg.current) return;
    const ctm = svg.current.getScreenCTM();
    if (!ctm) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    place(pt.x, pt.y);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (disabled) return;
    const step = e.shiftKey ? 25 : 5;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[e.key]) {
      e.preventDefault();
      const [dx, dy] = moves[e.key]!;
      setCursor((c) => ({ x: Math.min(W, Math.max(0, c.x + dx)), y: Math.min(H, Math.max(0, c.y + dy)) }));
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      place(cursor.x, cursor.y);
    }
  };
  return (
    <div className={styles.hotspot}>
      <p className="muted small" id={`item-${item.id}-help`}>{t("hotspotHelp")}</p>
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        role="application"
        aria-roledescription="hotspot"
        aria-label={t("hotspotFigure")}
        aria-describedby={`item-${item.id}-help item-${item.id}-state`}
        tabIndex={disabled ? -1 : 0}
        className={styles.hotspotSvg}
        onClick={onClick}
        onKeyDown={onKey}
        data-testid={`hotspot-${item.id}`}
      >
        <image href={`/api/v1/figures/${item.figure}`} x={0} y={0} width={W} height={H} />
        {!disabled && <circle cx={cursor.x} cy={cursor.y} r={9} fill="none" stroke="#1d4ed8" strokeWidth={2} strokeDasharray="4 3" />}
        {value && (
          <g stroke="#b42318" strokeWidth={4}>
            <line x1={value.x - 10} y1={value.y - 10} x2={value.x + 10} y2={value.y + 10} />
            <line x1={value.x - 10} y1={value.y + 10} x2={value.x + 10} y2={value.y - 10} />
          </g>
        )}
      </svg>
      <p id={`item-${item.id}-state`} aria-live="polite" className="small">
        {value ? t("hotspotPlaced", { x: value.x, y: value.y }) : t("hotspotNone")}
      </p>
    </div>
  );
}
