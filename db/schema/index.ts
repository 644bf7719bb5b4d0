export * from "./api-keys";
export * from "./organizations";
