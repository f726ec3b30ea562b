export * from "./achievement";
export * from "./jwt";
export * from "./keys";
export * from "./openbadge";
export * from "./status-list";
