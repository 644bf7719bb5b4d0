import { withAuth } from "next-auth/middleware";

// Signed-out visitors of the dashboard go to /login; the dashboard layout re-checks the session.
export const proxy = withAuth({ pages: { signIn: "/login" } });

export const config = { matcher: ["/dashboard/:path*"] };
