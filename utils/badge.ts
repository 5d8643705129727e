/**
 * The badge's colours. It sits on the icon's corner, whose ground is our green: a green badge
 * melted into it. The yellow of the icon's K2 half stands out from the green (3:1, what WCAG
 * asks of graphics) and carries dark digits at 9:1 (utils/badge.test.ts checks both).
 */
export const BADGE_BACKGROUND = '#f2c14e';
export const BADGE_TEXT = '#1f2328';
