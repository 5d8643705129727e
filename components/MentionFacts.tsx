import { inBothUnits } from '../content/dose-units';
import type { MentionFacts as Facts } from '../content/mention-facts';
import { cardMessage, cardMessageWith } from './card-message';

/**
 * What the card says about the mention at hand: that a chemical name is vitamin D3, and a
 * dose written beside it in both units (the page's unit first). Facts only: no advice.
 */
export function MentionFacts({ facts }: { facts: Facts }) {
  const { dose } = facts;
  let doseLine: string | undefined;
  if (dose) {
    const amounts = inBothUnits(dose, cardMessage('lang'));
    const iu = cardMessageWith('facts.iu', [amounts.iu]);
    const ug = cardMessageWith('facts.ug', [amounts.ug]);
    doseLine = cardMessageWith('facts.dose', dose.unit === 'iu' ? [iu, ug] : [ug, iu]);
  }
  return (
    <>
      {facts.chemical && <p class="fact">{cardMessage('facts.chemical')}</p>}
      {doseLine && <p class="fact">{doseLine}</p>}
    </>
  );
}
