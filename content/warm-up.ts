import { lexicon } from './detect/lexicon';
import { findMentions } from './matcher';
import { Slicer } from './slicer';

/** Bare codes with signs around them: matching this compiles what a first scan needs. */
const SAMPLE = 'Iron, D3 and K2: 1,000 IU of vitamin D3.';

let warm: Promise<void> | undefined;

/**
 * Compiles the matcher in slices before the engine's first scan. Every language's words,
 * built inside the scan's first slice, made it a long task (50-80 ms on a busy machine).
 */
export function warmUp(): Promise<void> {
  warm ??= (async () => {
    const slicer = new Slicer('compile');
    const lx = lexicon();
    await slicer.checkpoint();
    while (!lx.buildCues()) await slicer.checkpoint();
    findMentions(SAMPLE);
    slicer.end();
  })();
  return warm;
}
