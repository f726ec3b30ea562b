"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Text for an aria-live="polite" region that follows `message` but changes at most once per `delayMs`
 * and only after the value has settled, so dragging a slider does not flood a screen reader.
 */
export function useAnnouncer(message: string, delayMs = 900): string {
  const [announced, setAnnounced] = useState("");
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(delayMs - (Date.now() - last.current), 350);
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      setAnnounced(message);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [message, delayMs]);
  return announced;
}
