/** The one red error box of forms and dialogs; renders nothing without a message. */
export function FormAlert({ message, className = "" }: { message?: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ${className}`}>
      {message}
    </p>
  );
}
