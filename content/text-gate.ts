import { holdsCandidate } from './candidate-text';
import type { Slicer } from './slicer';

/**
 * A document of the usual shape: its root holds a head and a body, and no text of its own. Then
 * everything readable is in the body (the head's text is titles, styles and scripts).
 */
const USUAL_SHAPE =
  'count(/*/*)=count(/*/head|/*/body) and count(/*/body)=1 and not(/*/text()[normalize-space()])';

/**
 * Could any text node under `root` pass the prefilter? Answered from the text as a whole, which
 * the browser builds natively, instead of a walk that hands every text node to our isolated
 * world: on most pages the answer is no, at a third of the walk's cost (BENCHMARKS.md,
 * step 16). Yes means walk.
 *
 * Every text node's data is a substring of its ancestors' text, so a candidate in one is always
 * seen. Joining neighbours can make a candidate that lies in no single node ("d" then "3"):
 * that only costs a walk.
 */
export async function mayHoldMention(root: Node, slicer: Slicer): Promise<boolean> {
  const text = root.nodeType === Node.DOCUMENT_NODE ? bodyText(root as Document) : root.textContent;
  return text === undefined || holdsCandidate(text ?? '', () => slicer.checkpoint());
}

/**
 * The body's text, or undefined when the document is not of the usual shape. Asked of XPath so
 * that no element reaches our world: the first one to do so costs about 0.5 ms a page (the
 * bindings for HTML elements are set up in our world on first use), and pages without a
 * candidate never need one.
 */
function bodyText(doc: Document): string | undefined {
  const usual = doc.evaluate(USUAL_SHAPE, doc, null, XPathResult.BOOLEAN_TYPE, null).booleanValue;
  return usual
    ? doc.evaluate('string(/*/body)', doc, null, XPathResult.STRING_TYPE, null).stringValue
    : undefined;
}
