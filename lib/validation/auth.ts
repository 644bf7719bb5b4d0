import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((email) => email.toLowerCase());

export const ZPassword = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .refine((password) => /[a-zA-Z]/.test(password) && /[^a-zA-Z]/.test(password), {
    message: "Mix letters with digits or symbols.",
  });

export const ZSignUpRequest = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  organizationName: z.string().trim().min(1, "Enter your organization's name.").max(100, "Use at most 100 characters."),
  email: ZEmail,
  password: ZPassword,
});
export type TSignUpRequest = z.infer<typeof ZSignUpRequest>;

export const ZSignInRequest = z.object({
  email: ZEmail,
  password: z.string().min(1).max(200),
});
