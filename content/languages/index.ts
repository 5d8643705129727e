import ar from './ar';
import bg from './bg';
import bn from './bn';
import ca from './ca';
import common from './common';
import cs from './cs';
import da from './da';
import de from './de';
import el from './el';
import en from './en';
import es from './es';
import et from './et';
import fa from './fa';
import fi from './fi';
import fil from './fil';
import fr from './fr';
import ga from './ga';
import he from './he';
import hi from './hi';
import hr from './hr';
import hu from './hu';
import id from './id';
import is_ from './is';
import it from './it';
import ja from './ja';
import ko from './ko';
import lt from './lt';
import lv from './lv';
import ms from './ms';
import mt from './mt';
import nb from './nb';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ro from './ro';
import ru from './ru';
import sk from './sk';
import sl from './sl';
import srCyrl from './sr-Cyrl';
import srLatn from './sr-Latn';
import sv from './sv';
import th from './th';
import tr from './tr';
import type { Language } from './types';
import uk from './uk';
import ur from './ur';
import vi from './vi';
import zhHans from './zh-Hans';
import zhHant from './zh-Hant';

/**
 * Every language the matcher reads, one file each (see CONTRIBUTING.md to add one). A page's
 * language is not known (pages mix them, and their `lang` is often wrong), so the patterns
 * hold all of them at once.
 */
export const LANGUAGES: readonly Language[] = [
  common,
  ar,
  bg,
  bn,
  ca,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fa,
  fi,
  fil,
  fr,
  ga,
  he,
  hi,
  hr,
  hu,
  id,
  is_,
  it,
  ja,
  ko,
  lt,
  lv,
  ms,
  mt,
  nb,
  nl,
  pl,
  pt,
  ro,
  ru,
  sk,
  sl,
  srCyrl,
  srLatn,
  sv,
  th,
  tr,
  uk,
  ur,
  vi,
  zhHans,
  zhHant,
];
