export type Lang = "nl" | "en";
export type Localized = { nl: string; en: string };
