// Each choice a setting offers is declared once, here: its type, its repair rule
// (settings-schema.ts), the engine's table (content/painter.ts) and the options page's choices
// (components/Options.tsx) all derive from these lists, and the compiler or a test stops a
// value added here until every one of those places knows it. No imports: the content script
// reads this too.

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const TRIGGERS = ['hover', 'click'] as const;
export type Trigger = (typeof TRIGGERS)[number];

export const WHICH_MENTIONS = ['all', 'first'] as const;
export type WhichMentions = (typeof WHICH_MENTIONS)[number];
