// Source text with <mark>ed ranges; the first mark is scrolled into view.
import { useEffect, useRef } from 'preact/hooks';
import { splitByRanges, type Range } from '../highlight.ts';

export function HighlightedText(props: { text: string; ranges: Range[]; label?: string }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const mark = ref.current?.querySelector('mark');
    if (!mark) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }, [props.text, props.ranges]);
  return (
    <section ref={ref} class="source-text" aria-label={props.label}>
      {splitByRanges(props.text, props.ranges).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </section>
  );
}
