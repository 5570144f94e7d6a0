/**
 * A link to an export. It is a real link (/api/export?…, `download`), but a click fetches the file
 * first, so that an error (a ClaimReview without a review URL, say) is shown instead of a silently
 * failed download.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, send } from '../api.js';

function filenameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // fall through
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1]!.trim() : fallback;
}

export function DownloadLink({ href, children, class: cls = 'button', fallbackName = 'parley-export' }: { href: string; children: ComponentChildren; class?: string; fallbackName?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const onClick = async (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      const res = await send(href);
      if (!res.ok) {
        let message = `${res.status} ${res.statusText}`;
        try {
          const body = (await res.json()) as { error?: { message?: string } };
          if (body.error?.message) message = body.error.message;
        } catch {
          // not JSON
        }
        throw new ApiError(res.status, 'export', message);
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filenameOf(res, fallbackName);
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="download">
      <a class={cls} href={href} download="" onClick={onClick} aria-busy={busy ? 'true' : undefined}>
        {children}
        {busy && <span class="spinner" aria-hidden="true" />}
      </a>
      {error && (
        <span class="download-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
