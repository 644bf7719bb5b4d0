import "server-only";
import { NOTIFICATION_CREATED } from "./events";
import type { TEvent } from "./step";
import type { TFinishResult } from "./steps/finish-document";

/** The contract's events (document_completed, job_failed…) as pipeline events that webhooks fan out. */
export function toNotificationEvents(finished: TFinishResult): TEvent[] {
  if (!finished.env) return [];
  return finished.notifications.map((notification) => {
    const subject = notification.event.startsWith("job") ? notification.job_id : notification.document_id;
    return {
      name: NOTIFICATION_CREATED,
      id: `${notification.event}-${subject}`,
      data: { organization_id: String(notification.organization_id), env: finished.env, event: notification.event, payload: notification },
    };
  });
}
