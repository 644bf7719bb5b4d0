// Shared by the sign-in throttle (server) and the login form (browser). NextAuth passes the message of an error
// thrown by the credentials check to the form.
export const SIGN_IN_LOCKED = "too_many_attempts";
export const SIGN_IN_WINDOW_MINUTES = 15;
