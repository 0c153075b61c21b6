import type { Child } from 'hono/jsx';
import type { Session } from '../store/sessions.ts';

// The frame of every page: our stylesheet and script only (the CSP allows nothing inline).

export interface LayoutProps {
  title: string;
  session: Session | null;
  children?: Child;
  /** Which page's shortcuts the script binds. */
  page: 'queue' | 'draft' | 'login' | 'admin' | 'mail';
}

export function Layout(props: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · po-inbox</title>
        <link rel="stylesheet" href="/assets/review.css" />
        <script src="/assets/review.js" defer></script>
      </head>
      <body data-page={props.page}>
        <header class="top">
          <a href="/queue" class="brand">
            po-inbox review desk
          </a>
          {props.session ? (
            <nav>
              <a href="/queue">Queue</a>
              <a href="/mail">Mail without a draft</a>
              <a href="/exports/approved.csv">Approved CSV</a>
              <a href="/exports/approved.json">Approved JSON</a>
              <a href="/mappings">Part numbers</a>
              <a href="/layouts">Layouts</a>
              {props.session.user.role === 'admin' ? <a href="/admin">Admin</a> : null}
              <a href="/account/password" class="who" title="Change your password">
                {props.session.user.email}
              </a>
              <form method="post" action="/logout" class="inline">
                <input type="hidden" name="_csrf" value={props.session.csrfToken} />
                <button type="submit">Sign out</button>
              </form>
            </nav>
          ) : null}
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

/** The whole document with its doctype, as a string for c.html(). */
export async function renderDocument(node: { toString(): string | Promise<string> }): Promise<string> {
  return `<!doctype html>${await node.toString()}`;
}
