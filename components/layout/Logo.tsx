/** The Naaldwijzer mark: a needle crossing a compass ring. Decorative next to the visible name. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="13" fill="none" stroke="#0b6e69" strokeWidth="3" />
      <path d="M8 24 L22.5 9.5" stroke="#1b2430" strokeWidth="2.4" strokeLinecap="round" />
      <circle cx="23.5" cy="8.5" r="2.2" fill="#b4530d" />
    </svg>
  );
}
