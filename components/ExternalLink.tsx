import type { ComponentChildren } from 'preact';
import { trustedLink } from './trusted';

export function ExternalLink(props: {
  href: string;
  class?: string;
  /** The language of the page it leads to, when it is not the reader's. */
  hreflang?: string;
  children: ComponentChildren;
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      hreflang={props.hreflang}
      target="_blank"
      rel="noopener noreferrer"
      onClick={trustedLink}
    >
      {props.children}
    </a>
  );
}
