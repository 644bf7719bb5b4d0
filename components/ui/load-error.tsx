import Link from "next/link";

/** A detail page whose resource couldn't be loaded: the API's sentence and the way back. */
export function LoadError({ message, backHref, backLabel }: { message: string; backHref: string; backLabel: string }) {
  return (
    <p role="alert" className="text-sm text-red-700">
      {message}{" "}
      <Link href={backHref} className="underline">
        {backLabel}
      </Link>
    </p>
  );
}
