"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { signUp } from "@/lib/actions/sign-up";
import { ZSignUpRequest } from "@/lib/validation/auth";

type TErrors = Record<string, string[] | undefined>;

export function SignupForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<TErrors>({});
  const [message, setMessage] = useState<string>();
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = Object.fromEntries(new FormData(event.currentTarget));
    // Same schema as the server: instant feedback here, the server re-checks anyway.
    const parsed = ZSignUpRequest.safeParse(input);
    if (!parsed.success) {
      setErrors(parsed.error.flatten().fieldErrors);
      setMessage("Please correct the highlighted fields.");
      return;
    }
    setIsPending(true);
    setErrors({});
    setMessage(undefined);
    const result = await signUp(input);
    if (!result.isSuccess) {
      setIsPending(false);
      setErrors(result.errors ?? {});
      setMessage(result.message);
      return;
    }
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={isPending} className="flex flex-col gap-4">
        <Input label="Your name" name="name" autoComplete="name" error={errors.name?.[0]} />
        <Input label="Organization name" name="organizationName" autoComplete="organization" error={errors.organizationName?.[0]} />
        <Input label="Work email" name="email" type="email" autoComplete="email" error={errors.email?.[0]} />
        <Input
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters, letters mixed with digits or symbols."
          error={errors.password?.[0]}
        />
        <FormAlert message={message} />
        <Button type="submit">{isPending ? "Creating your account…" : "Create account"}</Button>
      </fieldset>
    </form>
  );
}
