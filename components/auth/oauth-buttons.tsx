"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function OAuthButtons({ providers }: { providers: { github: boolean; google: boolean } }) {
  if (!providers.github && !providers.google) return null;
  return (
    <div className="mt-6 flex flex-col gap-2 border-t border-slate-200 pt-6">
      {providers.github ? (
        <Button variant="secondary" onClick={() => signIn("github", { callbackUrl: "/dashboard" })}>
          Continue with GitHub
        </Button>
      ) : null}
      {providers.google ? (
        <Button variant="secondary" onClick={() => signIn("google", { callbackUrl: "/dashboard" })}>
          Continue with Google
        </Button>
      ) : null}
    </div>
  );
}
