/** The Naaldwijzer mark: a compass needle (wijzer) over a ring. Decorative next to the visible name. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="13.5" fill="none" stroke="#0b6e69" strokeWidth="2.5" />
      <path d="M16 5.5 L19.2 16 L16 26.5 L12.8 16 Z" fill="#0b6e69" />
      <path d="M16 5.5 L19.2 16 L12.8 16 Z" fill="#b4530d" />
      <circle cx="16" cy="16" r="1.6" fill="#fff" />
    </svg>
  );
}
