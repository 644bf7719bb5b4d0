"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { SIGN_IN_LOCKED, SIGN_IN_WINDOW_MINUTES } from "@/lib/auth/sign-in-errors";

export function LoginForm() {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string>();
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(undefined);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setIsPending(false);
    if (result?.error === SIGN_IN_LOCKED) {
      setError(`Too many failed sign-ins for this email. Try again in ${SIGN_IN_WINDOW_MINUTES} minutes.`);
      return;
    }
    if (!result || result.error) {
      setError("That email and password don't match an account.");
      return;
    }
    const callbackUrl = searchParams.get("callbackUrl");
    router.push(callbackUrl?.startsWith("/") ? callbackUrl : "/dashboard");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={isPending} className="flex flex-col gap-4">
        <Input label="Email" name="email" type="email" autoComplete="email" required />
        <Input label="Password" name="password" type="password" autoComplete="current-password" required />
        <FormAlert message={error} />
        <Button type="submit">{isPending ? "Signing in…" : "Sign in"}</Button>
      </fieldset>
    </form>
  );
}
