export * from "./chain";
export * from "./log";
export * from "./events";
