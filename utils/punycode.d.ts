// punycode.js ships no types; the one call we make.
declare module 'punycode/' {
  export function toUnicode(domain: string): string;
}
