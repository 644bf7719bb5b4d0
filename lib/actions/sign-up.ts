"use server";

import { fieldErrorsFromZod, toApiError } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/password";
import { createOrganizationWithOwner } from "@/lib/organizations/create-organization-with-owner";
import { ZSignUpRequest } from "@/lib/validation/auth";

export type TSignUpResult = { isSuccess: true } | { isSuccess: false; message: string; errors?: Record<string, string[]> };

/** Creates the user and their organization; the client then signs in with the same credentials. */
export async function signUp(input: unknown): Promise<TSignUpResult> {
  const parsed = ZSignUpRequest.safeParse(input);
  if (!parsed.success) {
    return { isSuccess: false, message: "Please correct the highlighted fields.", errors: fieldErrorsFromZod(parsed.error) };
  }
  try {
    await createOrganizationWithOwner({
      userName: parsed.data.name,
      organizationName: parsed.data.organizationName,
      email: parsed.data.email,
      passwordHash: await hashPassword(parsed.data.password),
    });
    return { isSuccess: true };
  } catch (error) {
    const apiError = toApiError(error);
    return {
      isSuccess: false,
      message: apiError.status >= 500 ? "Sign-up failed; please try again." : apiError.message,
      errors: apiError.errors,
    };
  }
}
