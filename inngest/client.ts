import { Inngest } from "inngest";

// One client for the app. The SDK reads INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY, or INNGEST_DEV=1
// for the local Inngest dev server, from the environment itself.
export const inngest = new Inngest({ id: "docustack" });
