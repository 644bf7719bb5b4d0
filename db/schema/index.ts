export * from "./api-keys";
export * from "./organizations";
export * from "./schemas";
