export * from "./api-keys";
export * from "./documents";
export * from "./learning";
export * from "./organizations";
export * from "./pipeline";
export * from "./schemas";
export * from "./sign-in";
export * from "./webhooks";
