import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { findMentions } from '../content/matcher';
import { type HighlightStyle, paint, unpaint } from '../content/painter';
import { Card } from './Card';
import cardCss from './card.css?inline';

/** A sample sentence painted exactly as pages are, in the chosen style. */
export function StylePreview({ style }: { style: HighlightStyle }) {
  const sample = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const text = sample.current?.firstChild;
    if (!(text instanceof Text)) return;
    // The sample is the locale's sentence: the matcher finds its mention, as on a page.
    const [hit] = findMentions(text.data, 1);
    if (!hit) return;
    const range = new Range();
    range.setStart(text, hit.start);
    range.setEnd(text, hit.end);
    paint([range], style);
    return unpaint;
  }, [style]);
  return (
    <p class="preview-text" ref={sample}>
      {i18n.t('options.previewSample')}
    </p>
  );
}

const noop = () => {};

/** The card as pages show it, in its own shadow root with its own styles. */
export function CardPreview() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    // In place, not floating: the preview sits in the flow of the options page.
    style.textContent = `${cardCss}\n:host { position: static !important; width: auto !important; height: auto !important; } .card { position: static; animation: none; }`;
    const mount = document.createElement('div');
    shadow.replaceChildren(style, mount);
    render(
      <Card
        k2OnPage={false}
        onClose={noop}
        siteOff={{ host: 'example.com', onSiteOff: noop, onUndo: noop }}
        onOpenSettings={noop}
        onPointerEnter={noop}
        onPointerLeave={noop}
      />,
      mount,
    );
    return () => render(null, mount);
  }, []);
  return (
    <figure class="card-preview">
      <figcaption class="help">{i18n.t('options.preview')}</figcaption>
      <div ref={host} inert />
    </figure>
  );
}
