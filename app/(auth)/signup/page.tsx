import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignupForm } from "@/components/auth/signup-form";
import { getConfig } from "@/lib/config";

export const metadata: Metadata = { title: "Create your account" };
export const dynamic = "force-dynamic";

export default function SignupPage() {
  return (
    <AuthCard
      title="Create your account"
      subtitle="Your organization is created with you; invite your team later."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/login" className="font-medium text-brand-700 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignupForm />
      <OAuthButtons providers={getConfig().authProviders} />
    </AuthCard>
  );
}
