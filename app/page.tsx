import Link from "next/link";

export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center gap-6 px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">DocuStack</p>
      <h1 className="text-4xl font-semibold tracking-tight">Structured data from your documents, through one API.</h1>
      <p className="text-lg text-slate-600">
        Define a schema, upload PDFs, JPEGs or TIFFs, and get back extracted field values with confidence scores, full-text search and
        signed webhooks.
      </p>
      <div className="flex gap-3">
        <Link href="/signup" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Create an account
        </Link>
        <Link href="/login" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
          Sign in
        </Link>
      </div>
    </main>
  );
}
