// One factory for every query key, so invalidation after a mutation can't miss a spelling.
export const queryKeys = {
  apiKeys: () => ["api-keys"] as const,
  schemas: () => ["schemas"] as const,
  schema: (id: string) => ["schemas", id] as const,
  documents: () => ["documents"] as const,
  webhooks: () => ["webhooks"] as const,
  webhookDeliveries: (id: string) => ["webhooks", id, "deliveries"] as const,
  document: (id: string) => ["documents", id] as const,
  search: (q: string) => ["search", q] as const,
  usage: (period: { from: string; to: string }) => ["usage", period] as const,
};
