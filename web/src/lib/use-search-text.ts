import { useEffect, useRef, useState } from 'react';

/**
 * A search box bound to a URL value: typing updates the box at once and commits the trimmed text
 * after `delayMs` of quiet (debounced); a URL change from elsewhere (back button, reset) refills it.
 */
export function useSearchText(
  urlValue: string | undefined,
  commit: (value: string | null) => void,
  delayMs = 300,
) {
  const [text, setText] = useState(urlValue ?? '');
  const commitRef = useRef(commit);
  const urlRef = useRef(urlValue);

  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  useEffect(() => {
    urlRef.current = urlValue;
    setText((current) => (current.trim() === (urlValue ?? '') ? current : (urlValue ?? '')));
  }, [urlValue]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const next = text.trim() || undefined;
      if (next !== urlRef.current) commitRef.current(next ?? null);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [text, delayMs]);

  return [text, setText] as const;
}
