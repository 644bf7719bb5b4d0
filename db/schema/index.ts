export * from "./api-keys";
export * from "./documents";
export * from "./organizations";
export * from "./pipeline";
export * from "./schemas";
