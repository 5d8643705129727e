import { type Lexicon, lexicon } from './detect/lexicon';
import { findMentions } from './matcher';
import { Slicer, yieldToPage } from './slicer';

/**
 * Texts whose matching compiles what a first scan needs, one expression or two each: the code
 * and the vitamin word, a chemical name, a bare code judged by the words around it, a dose.
 */
const SAMPLES = ['vitamin D3', 'cholecalciferol', 'Iron, D3 and K2.', 'D3: 1,000 IU.'];

let warm: Promise<void> | undefined;

/**
 * Compiles the matcher in slices before the engine's first scan. Every language's words,
 * built inside the scan's first slice, made it a long task (50-80 ms on a busy machine).
 */
export function warmUp(): Promise<void> {
  warm ??= (async () => {
    const slicer = new Slicer('compile');
    const lx = lexicon();
    for (const part of Object.keys(lx) as (keyof Lexicon)[]) {
      if (part === 'cues' || part === 'buildCues') continue;
      void lx[part];
      await slicer.checkpoint();
    }
    while (!lx.buildCues()) await slicer.checkpoint();
    // A slice each: compiling the larger expressions takes a few ms apiece.
    for (const sample of SAMPLES) {
      findMentions(sample);
      slicer.end();
      await yieldToPage();
      slicer.restart();
    }
  })();
  return warm;
}
