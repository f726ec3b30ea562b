import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["nl", "en"],
  defaultLocale: "nl",
  localePrefix: "always",
  // Dutch first: "/" opens the Dutch site whatever the browser prefers; the switch in the header is one click.
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];
