import type { ComponentChildren } from 'preact';
import { trustedLink } from './trusted';

export function ExternalLink(props: { href: string; class?: string; children: ComponentChildren }) {
  return (
    <a
      href={props.href}
      class={props.class}
      target="_blank"
      rel="noopener noreferrer"
      onClick={trustedLink}
    >
      {props.children}
    </a>
  );
}
