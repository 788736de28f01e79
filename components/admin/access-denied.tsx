/**
 * What a signed-in member of staff sees on a page their role does not open. The data functions
 * refuse on their own as well; this only explains the refusal instead of showing an error page.
 */
export function AccessDenied({ title, message }: { title: string; message: string }) {
  return (
    <main id="main" className="container">
      <h1>{title}</h1>
      <p role="alert" className="alert alert--error">
        {message}
      </p>
    </main>
  );
}
